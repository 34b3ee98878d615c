# family: log 117
import logging
import re

from flask import Flask, abort, request

app = Flask(__name__)
audit = logging.getLogger("onboarding.audit")


@app.post("/documents/upload-note")
def vuln_upload_note():
    holder = request.form["holder"]
    if not re.match(r"[\w .'-]{1,80}", holder):
        abort(400)
    audit.info("identity document uploaded for %s", holder)  # sink
    return "noted"


@app.post("/documents/upload-note2")
def safe_upload_note():
    holder = request.form["holder"]
    if not re.fullmatch(r"[\w .'-]{1,80}", holder):
        abort(400)
    audit.info("identity document uploaded for %s", holder)  # sink
    return "noted"
