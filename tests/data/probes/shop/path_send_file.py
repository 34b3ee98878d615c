# family: path 22 23 36 73 99
from flask import Flask, request, send_file, send_from_directory
from werkzeug.utils import safe_join, secure_filename

app = Flask(__name__)
DOCS = "/srv/docs"


@app.route("/download")
def vuln_download():
    filename = request.args.get("f")
    return send_file(DOCS + "/" + filename)  # sink


@app.route("/download/secure")
def safe_download():
    filename = secure_filename(request.args.get("f", ""))
    return send_file(DOCS + "/" + filename)  # sink


@app.route("/download/joined")
def safe_download_join():
    path = safe_join(DOCS, request.args.get("f", ""))
    if path is None:
        return "not found", 404
    return send_file(path)  # sink


@app.route("/download/dir")
def safe_download_dir():
    return send_from_directory(DOCS, request.args.get("f", ""))  # sink
