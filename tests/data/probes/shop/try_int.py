# family: sql 89
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/page")
def safe_page():
    try:
        page = int(request.args.get("page", "1"))
    except ValueError:
        return "bad page", 400
    conn = sqlite3.connect("blog.db")
    return {"rows": conn.execute(f"SELECT id FROM posts LIMIT 20 OFFSET {page * 20}").fetchall()}  # sink


@app.route("/page/raw")
def vuln_page():
    page = request.args.get("page", "1")
    try:
        int(page)
    except ValueError:
        pass
    conn = sqlite3.connect("blog.db")
    return {"rows": conn.execute(f"SELECT id FROM posts LIMIT 20 OFFSET {page}").fetchall()}  # sink
