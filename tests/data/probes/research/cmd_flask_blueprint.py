# family: cmd 78
import subprocess

from flask import Blueprint, request

notes = Blueprint("notes", __name__, url_prefix="/notes")


@notes.get("/grep")
def vuln_grep_notes():
    term = request.args["term"]
    out = subprocess.run(["sh", "-c", f"grep -ril {term} /srv/research/md"], capture_output=True)  # sink
    return out.stdout


@notes.get("/grep/safe")
def safe_grep_notes():
    term = request.args["term"]
    out = subprocess.run(["grep", "-ril", "--", term, "/srv/research/md"], capture_output=True)  # sink
    return out.stdout
