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


def test_response_sent_as_an_attachment_is_no_page() -> None:
    """A response whose constant Content-Disposition is `attachment` is saved by the browser, never rendered in
    the site's origin, whatever its content type: an uploaded SVG sent back as a download is quiet, the same
    bytes sent inline (or with a Content-Disposition of `inline`) are cross-site scripting."""
    code = """
        from django.http import HttpResponse
        from flask import Flask, Response, request

        app = Flask(__name__)

        @app.post("/logo")
        def logo():
            svg = request.files["logo"].read()
            if request.args.get("download"):
                return Response(svg, mimetype="image/svg+xml", headers={"Content-Disposition": "attachment"})
            if request.args.get("tuple"):
                return svg, 200, {"Content-Type": "image/svg+xml", "Content-Disposition": "attachment; filename=a.svg"}
            if request.args.get("inline"):
                return Response(svg, mimetype="image/svg+xml", headers={"Content-Disposition": "inline"})
            return Response(svg, mimetype="image/svg+xml")

        def django_logo(request):
            svg = request.FILES["logo"].read()
            if request.GET.get("download"):
                return HttpResponse(svg, content_type="image/svg+xml", headers={"Content-Disposition": "attachment"})
            return HttpResponse(svg, content_type="image/svg+xml")
    """
    assert findings(code) == [("OUT401", 14), ("OUT401", 15), ("OUT401", 21)]


def test_media_saved_where_the_name_says_and_ffmpeg_inputs() -> None:
    """An image Pillow, qrcode or python-barcode made is saved under the file name given (a path sink, also in a
    FastAPI handler, where werkzeug's FileStorage.save is not in play); ffmpeg opens its input by the protocol the
    name starts with (a URL: SSRF), else as a local file; a constant directory before the name fetches nothing."""
    code = """
        import os
        import barcode
        import ffmpeg
        import qrcode
        from fastapi import FastAPI

        api = FastAPI()

        @api.post("/labels")
        def labels(reference: str, name: str):
            barcode.get("code128", reference).save(os.path.join("/srv/labels", name))
            qrcode.make(reference).save(name)
            ffmpeg.input(reference).output("/tmp/a.mp3").run()
            ffmpeg.input(os.path.join("/srv/inbox", name)).output("/tmp/b.mp3").run()
            barcode.get("code128", reference).save("/srv/labels/latest")
            return {"ok": True}
    """
    assert findings(code) == [("INP404", 11), ("INP404", 12), ("INP404", 13), ("INP404", 14), ("INP405", 13)]


def test_fastapi_upload_file_parameter_is_a_file_not_a_path() -> None:
    """A FastAPI parameter annotated UploadFile is the uploaded file: Pillow reading it (or its spooled file) reads
    the upload, no path of the client's; its filename is the client's name, a path again; a str parameter is text."""
    code = """
        import os
        from fastapi import FastAPI, UploadFile
        from PIL import Image

        api = FastAPI()

        @api.post("/images")
        async def images(document: UploadFile, name: str):
            first = Image.open(document.file)
            second = Image.open(document)
            third = Image.open(os.path.join("/srv/inbox", document.filename))
            fourth = Image.open(name)
            return {"sizes": [first.size, second.size, third.size, fourth.size]}
    """
    assert findings(code) == [("INP404", 11), ("INP404", 12)]
