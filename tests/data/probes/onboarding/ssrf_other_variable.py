# family: ssrf 918
import requests
from flask import Flask, abort, request

app = Flask(__name__)
SCREENING = {"eu": "screen-eu.vendor.example", "us": "screen-us.vendor.example"}


@app.post("/screening/submit")
def vuln_submit_screening():
    region = request.form["region"]
    host = request.form.get("host", SCREENING["eu"])
    if region not in SCREENING:
        abort(400)
    reply = requests.post(f"https://{host}/v2/check", json={"name": request.form["name"]}, timeout=10)  # sink
    return reply.json()


@app.post("/screening/submit2")
def safe_submit_screening():
    region = request.form["region"]
    host = request.form.get("host", SCREENING["eu"])
    if host not in SCREENING.values():
        abort(400)
    reply = requests.post(f"https://{host}/v2/check", json={"name": request.form["name"]}, timeout=10)  # sink
    return reply.json()
