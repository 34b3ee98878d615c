# family: sql 89
import sqlite3
import uuid

from flask import Flask, abort, request

app = Flask(__name__)
DB = "/srv/onboarding/onboarding.db"


@app.get("/applications/documents")
def vuln_application_documents():
    application = request.args.get("id", "")
    if len(application) != 36:
        abort(400)
    rows = sqlite3.connect(DB).execute(f"SELECT name FROM documents WHERE application = '{application}'").fetchall()  # sink
    return {"documents": rows}


@app.get("/applications/documents2")
def safe_application_documents():
    application = str(uuid.UUID(request.args.get("id", "")))
    if len(application) != 36:
        abort(400)
    rows = sqlite3.connect(DB).execute(f"SELECT name FROM documents WHERE application = '{application}'").fetchall()  # sink
    return {"documents": rows}
