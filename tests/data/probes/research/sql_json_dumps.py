# family: sql 89
import json
import sqlite3

from flask import Flask, request

app = Flask(__name__)
DB = "/srv/research/notes.db"


@app.post("/prefs")
def vuln_save_prefs():
    prefs = json.dumps(request.get_json())
    con = sqlite3.connect(DB)
    con.execute(f"UPDATE users SET prefs = '{prefs}' WHERE id = 1")  # sink
    con.commit()
    return {"ok": True}


@app.post("/prefs/safe")
def safe_save_prefs():
    prefs = json.dumps(request.get_json())
    con = sqlite3.connect(DB)
    con.execute("UPDATE users SET prefs = ? WHERE id = 1", (prefs,))  # sink
    con.commit()
    return {"ok": True}
