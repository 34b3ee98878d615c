# family: xss 79 80
from flask import Flask, Response, request
from markupsafe import escape

app = Flask(__name__)


@app.get("/watchlist")
def vuln_watchlist():
    names = request.args.getlist("n")
    rows = "".join(f"<tr><td>{name}</td></tr>" for name in names)
    return Response("<table>" + rows + "</table>", mimetype="text/html")  # sink


@app.get("/watchlist/escaped")
def safe_watchlist():
    names = request.args.getlist("n")
    rows = "".join(f"<tr><td>{escape(name)}</td></tr>" for name in names)
    return Response("<table>" + rows + "</table>", mimetype="text/html")  # sink
