# family: cmd 78
import re
import subprocess

from flask import Flask, abort, request

app = Flask(__name__)


@app.post("/mail/check-domain")
def vuln_check_mail_domain():
    domain = request.form["domain"]
    if not re.match(r"^[a-z0-9.-]+\.[a-z]{2,}", domain):
        abort(400)
    out = subprocess.check_output(f"dig +short MX {domain}", shell=True)  # sink
    return {"mx": out.decode().split()}


@app.post("/mail/check-domain2")
def safe_check_mail_domain():
    domain = request.form["domain"]
    if not re.match(r"^[a-z0-9.-]+\.[a-z]{2,}$", domain):
        abort(400)
    out = subprocess.check_output(f"dig +short MX {domain}", shell=True)  # sink
    return {"mx": out.decode().split()}
