# family: ssti 1336 94
import string
from pathlib import Path

from flask import Flask, request
from flask_login import current_user

app = Flask(__name__)
NOTICE = Path("/srv/archive/templates/notice.txt").read_text()


@app.post("/notice")
def vuln_notice_text():
    wording = request.form["wording"]
    return {"text": string.Template(wording).substitute(client=request.form["client"], desk="Archive")}  # sink


@app.post("/notice/v2")
def safe_notice_text():
    return {"text": string.Template(NOTICE).substitute(client=request.form["client"], desk="Archive")}


@app.post("/greeting")
def vuln_greeting():
    fmt = request.form.get("format", "Hello {user.name}")
    return {"text": fmt.format(user=current_user)}  # sink


@app.post("/greeting/v2")
def safe_greeting():
    return {"text": "Hello {name}, {count} new notes".format(name=current_user.name, count=request.form["count"])}
