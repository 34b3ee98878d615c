# family: pdfhtml 79 918
"""A client's value placed in the HTML an HTML-to-PDF renderer loads: the renderer fetches what the markup names
(images, stylesheets, iframes; file:// with wkhtmltopdf's local file access), so unescaped markup of the client's is
a request or a file read made by the server."""

import html
import io

import pdfkit
from flask import Flask, render_template, render_template_string, request
from markupsafe import Markup
from weasyprint import HTML
from xhtml2pdf import pisa

app = Flask(__name__)
LOGOS = {"blue": "/srv/mediadesk/static/logo-blue.png", "grey": "/srv/mediadesk/static/logo-grey.png"}
NOTE_PAGE = "<html><body><h1>Statement</h1><p>{{ note }}</p></body></html>"
NOTE_PAGE_RAW = "<html><body><h1>Statement</h1><p>{{ note|safe }}</p></body></html>"


@app.post("/statements/note")
def vuln_statement_note():
    note = request.form["note"]
    page = f"<html><body><h1>Statement</h1><p>{note}</p></body></html>"
    pdf = HTML(string=page).write_pdf()  # sink
    return pdf, 200, {"Content-Type": "application/pdf"}


@app.post("/statements/note/v2")
def safe_statement_note():
    note = html.escape(request.form["note"])
    page = f"<html><body><h1>Statement</h1><p>{note}</p></body></html>"
    pdf = HTML(string=page).write_pdf()
    return pdf, 200, {"Content-Type": "application/pdf"}


@app.post("/statements/memo")
def vuln_memo_wkhtmltopdf():
    memo = request.form["memo"]
    options = {"enable-local-file-access": "", "page-size": "A4"}
    pdf = pdfkit.from_string("<div class='memo'>" + memo + "</div>", False, options=options)  # sink
    return pdf, 200, {"Content-Type": "application/pdf"}


@app.post("/statements/memo/v2")
def safe_memo_wkhtmltopdf():
    memo = html.escape(request.form["memo"])
    options = {"enable-local-file-access": "", "page-size": "A4"}
    pdf = pdfkit.from_string("<div class='memo'>" + memo + "</div>", False, options=options)
    return pdf, 200, {"Content-Type": "application/pdf"}


@app.post("/statements/letterhead")
def vuln_letterhead_logo():
    logo = request.form["logo"]
    buf = io.BytesIO()
    pisa.CreatePDF(f"<img src='{logo}'/><h1>Statement</h1>", dest=buf)  # sink
    return buf.getvalue(), 200, {"Content-Type": "application/pdf"}


@app.post("/statements/letterhead/v2")
def safe_letterhead_logo():
    logo = LOGOS.get(request.form["logo"], LOGOS["blue"])
    buf = io.BytesIO()
    pisa.CreatePDF(f"<img src='{logo}'/><h1>Statement</h1>", dest=buf)
    return buf.getvalue(), 200, {"Content-Type": "application/pdf"}


@app.post("/statements/remarks")
def vuln_remarks_markup():
    page = render_template("statement.html", remarks=Markup(request.form["remarks"]))  # sink
    pdf = HTML(string=page).write_pdf()
    return pdf, 200, {"Content-Type": "application/pdf"}


@app.post("/statements/remarks/v2")
def safe_remarks_markup():
    page = render_template("statement.html", remarks=request.form["remarks"])
    pdf = HTML(string=page).write_pdf()
    return pdf, 200, {"Content-Type": "application/pdf"}


@app.post("/statements/annotated")
def vuln_annotated_safe_filter():
    page = render_template_string(NOTE_PAGE_RAW, note=request.form["note"])  # sink
    pdf = HTML(string=page).write_pdf()
    return pdf, 200, {"Content-Type": "application/pdf"}


@app.post("/statements/annotated/v2")
def safe_annotated_safe_filter():
    page = render_template_string(NOTE_PAGE, note=request.form["note"])
    pdf = HTML(string=page).write_pdf()
    return pdf, 200, {"Content-Type": "application/pdf"}


@app.post("/statements/holder")
def vuln_holder_percent():
    row = "<tr><td>Account holder</td><td>%s</td></tr>" % request.form["holder"]
    pdf = HTML(string="<table>" + row + "</table>").write_pdf()  # sink
    return pdf, 200, {"Content-Type": "application/pdf"}


@app.post("/statements/holder/v2")
def safe_holder_percent():
    row = Markup("<tr><td>Account holder</td><td>%s</td></tr>") % request.form["holder"]
    pdf = HTML(string="<table>" + row + "</table>").write_pdf()
    return pdf, 200, {"Content-Type": "application/pdf"}
