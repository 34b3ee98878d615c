# family: ssrf 918
import feedparser
import httplib2
import paramiko
from flask import Flask, request

app = Flask(__name__)
NEWSWIRES = {"rns": "https://rns.example/feed.xml", "edgar": "https://edgar.example/rss"}
HOSTS = {"primary": "sftp1.internal", "dr": "sftp2.internal"}


@app.get("/newswire")
def vuln_newswire():
    return {"titles": [e.title for e in feedparser.parse(request.args["feed"]).entries]}  # sink


@app.get("/newswire/safe")
def safe_newswire():
    return {"titles": [e.title for e in feedparser.parse(NEWSWIRES.get(request.args["feed"], NEWSWIRES["rns"])).entries]}  # sink


@app.get("/registry-status")
def vuln_registry_status():
    http = httplib2.Http(timeout=10)
    response, _content = http.request(request.args["status_url"])  # sink
    return {"status": response.status}


@app.get("/registry-status/safe")
def safe_registry_status():
    http = httplib2.Http(timeout=10)
    response, _content = http.request("https://registry.internal/status?deal=" + str(int(request.args["deal"])))  # sink
    return {"status": response.status}


@app.post("/sftp/check")
def vuln_sftp_check():
    ssh = paramiko.SSHClient()
    ssh.load_system_host_keys()
    ssh.connect(request.form["host"], username="wallcross", key_filename="/etc/wallcross/id_ed25519")  # sink
    return {"ok": True}


@app.post("/sftp/check/safe")
def safe_sftp_check():
    ssh = paramiko.SSHClient()
    ssh.load_system_host_keys()
    ssh.connect(HOSTS.get(request.form["site"], "sftp1.internal"), username="wallcross", key_filename="/etc/wallcross/id_ed25519")  # sink
    return {"ok": True}
