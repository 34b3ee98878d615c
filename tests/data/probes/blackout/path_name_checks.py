# family: path 22 23 36 73 99
import fnmatch
import os
import unicodedata
from pathlib import PurePosixPath

from flask import Flask, abort, request, send_file

app = Flask(__name__)

ROOM = "/srv/blackout/rooms"


@app.get("/room/documents")
def vuln_pdf_pattern():
    name = request.args["name"]
    if not fnmatch.fnmatch(name, "*.pdf"):
        abort(400)
    return send_file(os.path.join(ROOM, name))  # sink


@app.get("/room/documents/safe")
def safe_pdf_pattern():
    name = PurePosixPath(request.args["name"]).name
    if not fnmatch.fnmatch(name, "*.pdf"):
        abort(400)
    return send_file(os.path.join(ROOM, name))  # sink


@app.get("/room/exhibits")
def vuln_exhibit_lower():
    name = request.args["exhibit"]
    if not name.lower().endswith((".pdf", ".xlsx")):
        abort(400)
    return send_file(os.path.join(ROOM, "exhibits", name))  # sink


@app.get("/room/exhibits/safe")
def safe_exhibit_lower():
    name = request.args["exhibit"]
    if not name.lower().endswith((".pdf", ".xlsx")) or not name.replace(".", "").replace("-", "").isalnum():
        abort(400)
    return send_file(os.path.join(ROOM, "exhibits", name))  # sink


@app.get("/room/<int:room_id>/index")
def vuln_index_sheet(room_id):
    sheet = PurePosixPath(request.args["sheet"])
    return send_file(os.path.join(ROOM, str(room_id), str(sheet)))  # sink


@app.get("/room/<int:room_id>/index/safe")
def safe_index_sheet(room_id):
    sheet = PurePosixPath(request.args["sheet"])
    return send_file(os.path.join(ROOM, str(room_id), sheet.name))  # sink


@app.get("/room/notes")
def vuln_normalized_after_check():
    name = request.args["note"]
    if ".." in name or "/" in name or "\\" in name:
        abort(400)
    name = unicodedata.normalize("NFKC", name)
    return send_file(os.path.join(ROOM, "notes", name))  # sink


@app.get("/room/notes/safe")
def safe_normalized_before_check():
    name = unicodedata.normalize("NFKC", request.args["note"])
    if ".." in name or "/" in name or "\\" in name:
        abort(400)
    return send_file(os.path.join(ROOM, "notes", name))  # sink
