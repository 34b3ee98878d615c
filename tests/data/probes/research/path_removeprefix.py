# family: path 22 23 36 73 99
from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
ATTACH = "/srv/research/attachments/"


@app.get("/files/<path:rest>")
def vuln_attachment(rest):
    name = request.path.removeprefix("/files/")
    with open(ATTACH + name, "rb") as fh:  # sink
        return fh.read()


@app.get("/safe-files/<path:rest>")
def safe_attachment(rest):
    name = secure_filename(request.path.removeprefix("/safe-files/"))
    with open(ATTACH + name, "rb") as fh:  # sink
        return fh.read()
