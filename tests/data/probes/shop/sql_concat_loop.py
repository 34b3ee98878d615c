# family: sql 89
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/tags")
def vuln_tags():
    tags = request.values.getlist("tag")
    where = ""
    for tag in tags:
        where += " OR tag = '" + tag + "'"
    query = "SELECT post_id FROM tags WHERE 1=0" + where
    conn = sqlite3.connect("blog.db")
    return {"ids": conn.execute(query).fetchall()}  # sink


@app.route("/tags/safe")
def safe_tags():
    tags = request.values.getlist("tag")
    marks = ",".join("?" for _ in tags)
    query = "SELECT post_id FROM tags WHERE tag IN (" + marks + ")"
    conn = sqlite3.connect("blog.db")
    return {"ids": conn.execute(query, tags).fetchall()}  # sink
