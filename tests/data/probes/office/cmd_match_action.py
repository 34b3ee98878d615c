# family: cmd 78
import os

from flask import Flask, abort, request

app = Flask(__name__)


@app.post("/backup")
def vuln_backup():
    target = request.form.get("target", "home")
    match target:
        case "db":
            command = "pg_dump office > /srv/backup/db.sql"
        case _:
            command = f"tar czf /srv/backup/{target}.tgz /srv/{target}"
    os.system(command)  # sink
    return "started"


@app.post("/backup/safe")
def safe_backup():
    match request.form.get("target", "home"):
        case "db":
            command = "pg_dump office > /srv/backup/db.sql"
        case "home":
            command = "tar czf /srv/backup/home.tgz /srv/home"
        case _:
            abort(400)
    os.system(command)  # sink
    return "started"
