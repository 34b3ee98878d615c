# family: cmd 78
import os

from flask import Flask, request

app = Flask(__name__)
HOSTS = ("ledger-1.internal", "ledger-2.internal")


@app.post("/hosts/ping")
def vuln_ping_first():
    host = sorted(h.strip() for h in request.form.getlist("host"))[0]
    return {"rc": os.system(f"ping -c 1 {host}")}  # sink


@app.post("/hosts/ping/safe")
def safe_ping_first():
    wanted = request.form.getlist("host")
    host = sorted(h for h in HOSTS if h in wanted)[0]
    return {"rc": os.system(f"ping -c 1 {host}")}  # sink


@app.post("/hosts/longest")
def vuln_longest():
    host = max((h for h in request.form.getlist("host") if h), key=len, default="ledger-1.internal")
    return {"rc": os.system("ssh " + host + " uptime")}  # sink


@app.post("/hosts/verbose")
def safe_verbose():
    verbose = any(flag == "v" for flag in request.form.getlist("flag"))
    quiet = all(flag != "q" for flag in request.form.getlist("flag"))
    return {"rc": os.system(f"ledger-sync {'-v' if verbose else ''} {'' if quiet else '-q'}")}  # sink
