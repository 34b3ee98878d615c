# family: cmd 78
import subprocess
import time

from flask import Flask, abort, request

app = Flask(__name__)
FEED_HOSTS = {"feed-a.internal", "feed-b.internal"}


def reachable(host):
    return subprocess.run(["nc", "-z", "--", host, "443"]).returncode == 0


@app.post("/feeds/resync")
def vuln_resync():
    host = request.form["host"]
    attempts = 0
    while attempts < 3:
        if reachable(host):
            break
        attempts += 1
        time.sleep(1)
    else:
        subprocess.call("logger -t feeds unreachable " + host, shell=True)  # sink
        return "unreachable", 503
    return "ok"


@app.post("/feeds/resync2")
def safe_resync():
    host = request.form["host"]
    if host not in FEED_HOSTS:
        abort(400)
    attempts = 0
    while attempts < 3:
        if reachable(host):
            break
        attempts += 1
        time.sleep(1)
    else:
        subprocess.call("logger -t feeds unreachable " + host, shell=True)  # sink
        return "unreachable", 503
    return "ok"
