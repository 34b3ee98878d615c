# family: path 22 23 36 73 99
import os

from flask import Flask, abort, request, session

app = Flask(__name__)
app.secret_key = os.environ["ADVISORY_SECRET"]
STATEMENTS = "/srv/advisory/statements"


@app.post("/statements/folder")
def choose_folder():
    session["folder"] = request.form["folder"]
    return "", 204


@app.get("/statements/list")
def vuln_list_statements():
    return {"files": os.listdir(os.path.join(STATEMENTS, session["folder"]))}  # sink


@app.get("/statements/list/checked")
def safe_list_statements():
    folder = session["folder"]
    if not folder.isalnum():
        abort(400)
    return {"files": os.listdir(os.path.join(STATEMENTS, folder))}  # sink
