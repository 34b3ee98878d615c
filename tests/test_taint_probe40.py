"""Round 40's causes (tests/data/probes/mediadesk): a client-reporting team's document-rendering and media
service, each flagged shape beside the safe one it differs from."""

from __future__ import annotations

from tests.taintfindings import findings


def test_html_to_pdf_renderers_fetch_urls_of_the_client() -> None:
    """WeasyPrint fetches HTML(url=...) and every relative link against base_url, and the first argument when it
    starts with a scheme; wkhtmltopdf (pdfkit.from_url) loads the page named. A URL of the client's is a request
    the server makes; the team's own base and a number in the team's URL are not."""
    code = """
        import pdfkit
        from flask import Flask, request
        from weasyprint import HTML

        app = Flask(__name__)
        STATIC = "/srv/static/"
        REPORTS = "https://reports.internal.example"

        @app.post("/render")
        def render():
            HTML(url=request.form["source"]).write_pdf("/tmp/a.pdf")
            HTML(string="<h1>Statement</h1>", base_url=request.form["base"]).write_pdf("/tmp/b.pdf")
            HTML(request.form["guess"]).write_pdf("/tmp/c.pdf")
            pdfkit.from_url(request.form["page"], "/tmp/d.pdf")
            HTML(string="<h1>Statement</h1>", base_url=STATIC).write_pdf("/tmp/e.pdf")
            pdfkit.from_url(f"{REPORTS}/statements/{int(request.form['number'])}", "/tmp/f.pdf")
            return "ok"
    """
    assert findings(code) == [("INP404", 13), ("INP405", 11), ("INP405", 12), ("INP405", 13), ("INP405", 14)]


def test_markup_of_the_client_in_a_renderers_page() -> None:
    """The HTML a renderer loads from a string (WeasyPrint's HTML(string=), pdfkit.from_string, xhtml2pdf's
    CreatePDF) is an html sink with its own message: the renderer fetches or reads what the client's markup names;
    escaped, the value is text of the page."""
    code = """
        import html
        import io
        import pdfkit
        from flask import Flask, request
        from weasyprint import HTML
        from xhtml2pdf import pisa

        app = Flask(__name__)

        @app.post("/pdf")
        def pdf():
            page = "<p>" + request.form["note"] + "</p>"
            HTML(string=page).write_pdf("/tmp/a.pdf")
            pdfkit.from_string(page, "/tmp/b.pdf", options={"enable-local-file-access": ""})
            pisa.CreatePDF(page, dest=io.BytesIO())
            text = "<p>" + html.escape(request.form["note"]) + "</p>"
            HTML(string=text).write_pdf("/tmp/c.pdf")
            pdfkit.from_string(text, "/tmp/d.pdf")
            return "ok"
    """
    assert findings(code) == [("OUT401", 13), ("OUT401", 14), ("OUT401", 15)]


def test_pillow_and_imagemagick_sinks() -> None:
    """Pillow's ImageMath evaluates its expression as Python; Image.open reads the file named (an upload's stream
    is no path); Wand's Image(filename=) has ImageMagick read the file named."""
    code = """
        import os
        from flask import Flask, request
        from PIL import Image, ImageMath
        from wand.image import Image as WandImage

        app = Flask(__name__)
        FILTERS = {"invert": "255 - a"}

        @app.post("/img")
        def img():
            picture = Image.open(request.files["image"].stream).convert("L")
            ImageMath.unsafe_eval(request.form["expr"], a=picture)
            ImageMath.eval(request.form["expr"], a=picture)
            ImageMath.unsafe_eval(FILTERS[request.form["expr"]], a=picture)
            Image.open(os.path.join("/srv/inbox", request.form["name"]))
            WandImage(filename=os.path.join("/srv/inbox", request.form["name"]))
            return "ok"
    """
    assert findings(code) == [("INP403", 12), ("INP403", 13), ("INP404", 15), ("INP404", 16)]


def test_argument_started_by_a_constant_of_the_module() -> None:
    """An argument a constant of the module starts (a directory: f"{INBOX}/{name}", os.path.join(INBOX, name))
    cannot start an option whatever follows; one a constant starting with '-' starts can."""
    code = """
        import os
        import subprocess
        from flask import Flask, request

        app = Flask(__name__)
        INBOX = "/srv/inbox"
        OUTPUT_FLAG = "-o"

        @app.post("/convert")
        def convert():
            name = request.form["document"]
            subprocess.run(["soffice", "--convert-to", "pdf", f"{INBOX}/{name}"], check=True)
            subprocess.run(["ffmpeg", "-i", "in.wav", os.path.join(INBOX, name)], check=True)
            subprocess.run(["ffmpeg", "-i", "in.wav", OUTPUT_FLAG + name], check=True)
            subprocess.run(["ffmpeg", "-i", "in.wav", f"{OUTPUT_FLAG}{name}"], check=True)
            return "ok"
    """
    assert findings(code) == [("INP422", 14), ("INP422", 15)]
