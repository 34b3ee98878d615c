# family: sql 89
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)
DB = "/srv/research/notes.db"


@app.get("/analysts/notes")
def vuln_analyst_notes():
    analyst = request.args["analyst"]

    def query():
        return f"SELECT id, title FROM notes WHERE analyst = '{analyst}'"

    return jsonify(sqlite3.connect(DB).execute(query()).fetchall())  # sink


@app.get("/analysts/notes/recent")
def safe_recent_notes():
    days = int(request.args.get("days", "7"))

    def query():
        return f"SELECT id, title FROM notes WHERE age_days <= {days}"

    return jsonify(sqlite3.connect(DB).execute(query()).fetchall())  # sink
