# family: cmd 78
import shlex
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.post("/documents/convert")
def vuln_convert_document():
    name = request.form["name"]
    subprocess.run(f"libreoffice --convert-to pdf '{name}'", shell=True, cwd="/srv/onboarding/uploads")  # sink
    return "converted"


@app.post("/documents/convert2")
def safe_convert_document():
    name = request.form["name"]
    subprocess.run(f"libreoffice --convert-to pdf {shlex.quote(name)}", shell=True, cwd="/srv/onboarding/uploads")  # sink
    return "converted"
