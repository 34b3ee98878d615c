# family: sql 89
import sqlite3

from flask import Flask, request

app = Flask(__name__)


class DirectorySearch:
    def __init__(self, req):
        self.term = req.args.get("term", "")
        self.page = int(req.args.get("page", "1"))

    def where(self):
        return f"SELECT id FROM people WHERE name LIKE '%{self.term}%'"

    def window(self):
        return f"SELECT id FROM people LIMIT 20 OFFSET {(self.page - 1) * 20}"


@app.get("/people/search")
def vuln_people_search():
    search = DirectorySearch(request)
    return {"rows": sqlite3.connect("hr.db").execute(search.where()).fetchall()}  # sink


@app.get("/people/page")
def safe_people_page():
    search = DirectorySearch(request)
    return {"rows": sqlite3.connect("hr.db").execute(search.window()).fetchall()}  # sink
