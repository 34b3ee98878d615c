# family: sql 89
from flask import Flask, request
from peewee import SQL, CharField, Model, PostgresqlDatabase

app = Flask(__name__)
db = PostgresqlDatabase("archive", host="db.internal")


class Memo(Model):
    title = CharField()
    issuer = CharField()

    class Meta:
        database = db


@app.get("/memos")
def vuln_memos_by_issuer():
    issuer = request.args["issuer"]
    memos = Memo.raw(f"SELECT * FROM memo WHERE issuer = '{issuer}'")  # sink
    return {"memos": [m.title for m in memos]}


@app.get("/memos/v2")
def safe_memos_by_issuer():
    issuer = request.args["issuer"]
    memos = Memo.raw("SELECT * FROM memo WHERE issuer = %s", issuer)
    return {"memos": [m.title for m in memos]}


@app.get("/memos/filtered")
def vuln_memos_filtered():
    title = request.args["title"]
    memos = Memo.select().where(SQL(f"title LIKE '{title}%%'"))  # sink
    return {"memos": [m.title for m in memos]}


@app.get("/memos/filtered/v2")
def safe_memos_filtered():
    title = request.args["title"]
    memos = Memo.select().where(SQL("title LIKE %s", [title + "%"]))
    return {"memos": [m.title for m in memos]}
