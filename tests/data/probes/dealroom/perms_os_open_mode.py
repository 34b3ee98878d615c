# family: perms 732 276
import os
import stat
from pathlib import Path

from flask import Flask, request

app = Flask(__name__)
EXPORTS = Path("/srv/dealroom/exports")


@app.post("/insider-lists/<int:deal>/export")
def vuln_export_list(deal):
    fd = os.open(EXPORTS / f"{deal}.csv", os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    os.fchmod(fd, 0o666)  # sink
    with os.fdopen(fd, "w") as out:
        out.write(request.form["rows"])
    return "ok"


@app.post("/insider-lists/<int:deal>/export2")
def safe_export_list(deal):
    fd = os.open(EXPORTS / f"{deal}.csv", os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    os.fchmod(fd, 0o640)  # sink
    with os.fdopen(fd, "w") as out:
        out.write(request.form["rows"])
    return "ok"


@app.post("/rooms/<int:deal>/folder")
def vuln_room_folder(deal):
    folder = EXPORTS / str(deal)
    folder.mkdir(exist_ok=True)
    folder.chmod(stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO)  # sink
    return "ok"


@app.post("/rooms/<int:deal>/folder2")
def safe_room_folder(deal):
    folder = EXPORTS / str(deal)
    folder.mkdir(exist_ok=True)
    folder.chmod(stat.S_IRWXU | stat.S_IRGRP | stat.S_IXGRP)  # sink
    return "ok"
