# family: path 22 23 36 73 99
import os

import boto3
import smart_open
from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
EXPORTS = "/srv/wallcross/exports"


@app.post("/exports/publish")
def vuln_publish_export():
    s3 = boto3.client("s3")
    s3.upload_file(os.path.join(EXPORTS, request.form["export"]), "wallcross-exports", request.form["export"])  # sink
    return {"ok": True}


@app.post("/exports/publish/safe")
def safe_publish_export():
    s3 = boto3.client("s3")
    name = secure_filename(request.form["export"])
    s3.upload_file(os.path.join(EXPORTS, name), "wallcross-exports", name)  # sink
    return {"ok": True}


@app.post("/exports/fetch")
def vuln_fetch_export():
    s3 = boto3.client("s3")
    s3.download_file("wallcross-exports", "latest.csv", os.path.join(EXPORTS, request.form["as"]))  # sink
    return {"ok": True}


@app.post("/exports/fetch/safe")
def safe_fetch_export():
    s3 = boto3.client("s3")
    s3.download_file("wallcross-exports", "latest.csv", os.path.join(EXPORTS, secure_filename(request.form["as"])))  # sink
    return {"ok": True}


@app.get("/exports/read")
def vuln_read_export():
    with smart_open.open(os.path.join(EXPORTS, request.args["export"])) as f:  # sink
        return f.read()


@app.get("/exports/read/safe")
def safe_read_export():
    with smart_open.open(os.path.join(EXPORTS, secure_filename(request.args["export"]))) as f:  # sink
        return f.read()
