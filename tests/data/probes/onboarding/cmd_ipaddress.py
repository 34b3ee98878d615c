# family: cmd 78
import ipaddress
import subprocess

from flask import Flask, abort, request

app = Flask(__name__)


@app.post("/network/probe-callback")
def vuln_probe_callback():
    address = request.form["address"]
    if address.count(".") != 3:
        abort(400)
    result = subprocess.run(f"ping -c 1 -W 2 {address}", shell=True, capture_output=True)  # sink
    return {"reachable": result.returncode == 0}


@app.post("/network/probe-callback2")
def safe_probe_callback():
    address = str(ipaddress.IPv4Address(request.form["address"]))
    if address.count(".") != 3:
        abort(400)
    result = subprocess.run(f"ping -c 1 -W 2 {address}", shell=True, capture_output=True)  # sink
    return {"reachable": result.returncode == 0}
