# family: cmd 78
import shlex
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.post("/diagnostics")
def vuln_diagnostics():
    line = request.form["command"]
    out = subprocess.run(shlex.split(line), capture_output=True, text=True)  # sink
    return {"out": out.stdout}


@app.post("/diagnostics/safe")
def safe_diagnostics():
    host = request.form["host"]
    argv = shlex.split("ping -c 3 -W 2") + ["--", host]
    out = subprocess.run(argv, capture_output=True, text=True)  # sink
    return {"out": out.stdout}
