# family: path 22 23 36 73 99
import os
import shutil
from pathlib import Path

from flask import Flask, request, send_file, send_from_directory
from werkzeug.utils import secure_filename

app = Flask(__name__)
NOTES = Path("/srv/archive/notes")
EXPORTS = "/srv/archive/exports"


@app.put("/notes/<name>")
def vuln_save_note(name):
    (NOTES / name).write_text(request.get_data(as_text=True), encoding="utf-8")  # sink
    return {"saved": name}


@app.put("/notes/v2/<name>")
def safe_save_note(name):
    (NOTES / secure_filename(name)).write_text(request.get_data(as_text=True), encoding="utf-8")
    return {"saved": name}


@app.put("/attachments")
def vuln_save_attachment():
    target = NOTES / "attachments" / request.form["filename"]
    target.write_bytes(request.files["file"].read())  # sink
    return {"saved": target.name}


@app.put("/attachments/v2")
def safe_save_attachment():
    target = (NOTES / "attachments" / request.form["filename"]).resolve()
    if not target.is_relative_to(NOTES / "attachments"):
        return {"error": "bad name"}, 400
    target.write_bytes(request.files["file"].read())
    return {"saved": target.name}


@app.delete("/exports")
def vuln_delete_export():
    os.remove(os.path.join(EXPORTS, request.args["file"]))  # sink
    return {"deleted": True}


@app.delete("/exports/v2")
def safe_delete_export():
    os.remove(os.path.join(EXPORTS, os.path.basename(request.args["file"])))
    return {"deleted": True}


@app.delete("/workspaces")
def vuln_delete_workspace():
    shutil.rmtree(f"/srv/archive/workspaces/{request.args['workspace']}")  # sink
    return {"deleted": True}


@app.delete("/workspaces/v2")
def safe_delete_workspace():
    shutil.rmtree(f"/srv/archive/workspaces/{int(request.args['workspace'])}")
    return {"deleted": True}


@app.get("/exports/download")
def vuln_download_export():
    return send_file(os.path.join(EXPORTS, request.args["file"]), as_attachment=True)  # sink


@app.get("/exports/download/v2")
def safe_download_export():
    return send_from_directory(EXPORTS, request.args["file"], as_attachment=True)
