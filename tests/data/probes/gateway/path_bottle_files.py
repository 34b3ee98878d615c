# family: path 22 23 36 73 99
import os

from bottle import request, route, static_file

REPORTS = "/srv/gateway/reports"
INBOX = "/srv/gateway/inbox"


@route("/bottle/reports/<name>")
def vuln_report(name):
    with open(os.path.join(REPORTS, name), "rb") as fh:  # sink
        return fh.read()


@route("/bottle/reports/safe/<name>")
def safe_report(name):
    return static_file(name, root=REPORTS)  # sink


@route("/bottle/upload", method="POST")
def vuln_upload():
    upload = request.files.get("document")
    upload.save(os.path.join(INBOX, upload.raw_filename))  # sink
    return {"ok": True}


@route("/bottle/upload/safe", method="POST")
def safe_upload():
    upload = request.files.get("document")
    upload.save(os.path.join(INBOX, upload.filename))  # sink: bottle's filename keeps letters, digits, - _ . only
    return {"ok": True}
