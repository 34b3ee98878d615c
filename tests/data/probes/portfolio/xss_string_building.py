# family: xss 79 80
from markupsafe import escape

from flask import Flask, request

app = Flask(__name__)
DESKS = {"eq": "Equities", "fi": "Fixed income"}


@app.get("/report/names")
def vuln_names():
    return "<ul>" + "".join(f"<li>{n}</li>" for n in request.args.getlist("name")) + "</ul>"  # sink


@app.get("/report/names/safe")
def safe_names():
    return "<ul>" + "".join(f"<li>{escape(n)}</li>" for n in request.args.getlist("name")) + "</ul>"  # sink


@app.get("/report/owner")
def vuln_owner():
    name, _, _ = request.args.get("owner", "").partition("@")
    return f"<p>Owner: {name!r}</p>"  # sink


@app.get("/report/owner/safe")
def safe_owner():
    _, _, domain = request.args.get("owner", "").partition("@")
    return f"<p>Owner domain known: {domain in ('corp.example', 'ops.example')}</p>"  # sink


@app.get("/report/price")
def vuln_price():
    return f"<td>{request.args.get('label', ''):>20}</td>"  # sink


@app.get("/report/price/safe")
def safe_price():
    return f"<td>{float(request.args.get('px', '0')):>12.2f}</td>"  # sink


@app.get("/report/desks")
def vuln_desks():
    lines = request.args.get("notes", "").splitlines()
    return "<br>".join(lines[:5])  # sink


@app.get("/report/desks/safe")
def safe_desks():
    rows = "".join("<tr><td>%s</td><td>%s</td></tr>" % (k, v) for k, v in DESKS.items() if k in request.args)
    return "<table>%s</table>" % rows  # sink


@app.get("/report/last")
def vuln_last():
    last = request.args.get("path", "").rsplit("/", 1)[-1]
    return "<h1>%(title)s</h1>" % {"title": last}  # sink


@app.get("/report/last/safe")
def safe_last():
    last = request.args.get("path", "").rsplit("/", 1)[-1]
    return "<h1>%(title)s</h1>" % {"title": DESKS.get(last, "Report")}  # sink
