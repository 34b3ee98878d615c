# family: path 22 23 36 73 99
import os
from pathlib import Path

from flask import Flask, abort, request, send_file

app = Flask(__name__)

ROOM = Path("/srv/blackout/rooms")


@app.get("/room/<int:room_id>/tree")
def vuln_folder_parts(room_id):
    parts = request.args.getlist("part")
    return send_file(ROOM.joinpath(str(room_id), *parts))  # sink


@app.get("/room/<int:room_id>/tree/safe")
def safe_folder_parts(room_id):
    parts = request.args.getlist("part")
    if not all(part.isalnum() for part in parts):
        abort(400)
    return send_file(ROOM.joinpath(str(room_id), *parts))  # sink


@app.get("/room/<int:room_id>/tree/any")
def vuln_folder_parts_any(room_id):
    parts = request.args.getlist("part")
    if not any(part.isalnum() for part in parts):
        abort(400)
    return send_file(ROOM.joinpath(str(room_id), *parts))  # sink


@app.get("/room/<int:room_id>/path")
def vuln_slash_path(room_id):
    rel = request.args["path"]
    return send_file(os.path.join(ROOM, str(room_id), *rel.split("/")))  # sink


@app.get("/room/<int:room_id>/path/safe")
def safe_slash_path(room_id):
    rel = request.args["path"]
    if any(part in ("", ".", "..") for part in rel.split("/")):
        abort(400)
    return send_file(os.path.join(ROOM, str(room_id), *rel.split("/")))  # sink
