# family: xss 79
import html

from flask import Flask, make_response, request

app = Flask(__name__)


@app.get("/status")
def vuln_status_page():
    ticket = request.args.get("ticket", "")
    resp = make_response("<p>Status of ticket %(t)s: open</p>" % {"t": ticket})  # sink
    return resp


@app.get("/status/safe")
def safe_status_page():
    ticket = request.args.get("ticket", "")
    resp = make_response("<p>Status of ticket %(t)s: open</p>" % {"t": html.escape(ticket)})  # sink
    return resp
