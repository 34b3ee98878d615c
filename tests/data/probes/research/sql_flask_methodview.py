# family: sql 89
from flask import Flask, jsonify, request
from flask.views import MethodView
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
db = SQLAlchemy(app)
SORTS = {"date": "published_at DESC", "title": "title ASC"}


class VulnNoteList(MethodView):
    def get(self, sector):
        order = request.args.get("sort", "published_at")
        rows = db.session.execute(db.text(f"SELECT id, title FROM notes WHERE sector = :s ORDER BY {order}"), {"s": sector})  # sink
        return jsonify([dict(r._mapping) for r in rows])


class SafeNoteList(MethodView):
    def get(self, sector):
        order = SORTS.get(request.args.get("sort", "date"), "published_at DESC")
        rows = db.session.execute(db.text(f"SELECT id, title FROM notes WHERE sector = :s ORDER BY {order}"), {"s": sector})  # sink
        return jsonify([dict(r._mapping) for r in rows])


app.add_url_rule("/sectors/<sector>/notes", view_func=VulnNoteList.as_view("notes"))
app.add_url_rule("/sectors/<sector>/notes/safe", view_func=SafeNoteList.as_view("notes_safe"))
