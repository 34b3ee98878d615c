# family: sql 89
import sqlite3

import tornado.web

DB = "/srv/research/notes.db"


class VulnTickerHandler(tornado.web.RequestHandler):
    def get(self):
        ticker = self.get_argument("ticker")
        con = sqlite3.connect(DB)
        cur = con.cursor()
        cur.execute("SELECT id, title FROM notes WHERE ticker = '{}'".format(ticker))  # sink
        self.write({"notes": cur.fetchall()})


class SafeTickerHandler(tornado.web.RequestHandler):
    def get(self):
        ticker = self.get_argument("ticker")
        con = sqlite3.connect(DB)
        cur = con.cursor()
        cur.execute("SELECT id, title FROM notes WHERE ticker = ?", (ticker,))  # sink
        self.write({"notes": cur.fetchall()})
