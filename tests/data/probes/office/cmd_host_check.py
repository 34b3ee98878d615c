# family: cmd 78
import subprocess

from flask import Flask, request

from .utils.text import normalise
from .utils.validate import check_host

app = Flask(__name__)


@app.get("/netcheck")
def vuln_netcheck():
    host = normalise(request.args["host"])
    out = subprocess.run(f"ping -c 2 {host}", shell=True, capture_output=True, text=True)  # sink
    return {"out": out.stdout}


@app.get("/netcheck/safe")
def safe_netcheck():
    host = normalise(request.args["host"])
    check_host(host)
    out = subprocess.run(f"ping -c 2 {host}", shell=True, capture_output=True, text=True)  # sink
    return {"out": out.stdout}
