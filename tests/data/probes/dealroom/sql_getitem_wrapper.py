# family: sql 89
import sqlite3

from flask import Flask, request

app = Flask(__name__)


class Params:
    def __init__(self, source):
        self.source = source

    def __getitem__(self, name):
        return self.source.get(name, "").strip()


class Ids:
    def __init__(self, source):
        self.source = source

    def __getitem__(self, name):
        return int(self.source.get(name, "0"))


@app.get("/bids")
def vuln_bids():
    params = Params(request.args)
    sql = "SELECT amount FROM bids WHERE bidder = '%s'" % params["bidder"]
    return {"bids": sqlite3.connect("dealroom.db").execute(sql).fetchall()}  # sink


@app.get("/bids2")
def safe_bids():
    ids = Ids(request.args)
    sql = "SELECT amount FROM bids WHERE bidder_id = %d" % ids["bidder"]
    return {"bids": sqlite3.connect("dealroom.db").execute(sql).fetchall()}  # sink
