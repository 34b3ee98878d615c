# family: sql 89
import sqlite3

from flask import Flask, request

app = Flask(__name__)


class AlertFilter:
    def __init__(self, desk, min_score):
        self.desk = desk
        self.min_score = min_score

    @classmethod
    def from_request(cls, req):
        return cls(req.args.get("desk", "equities"), req.args.get("min_score", "50"))

    def where(self):
        return f"desk = '{self.desk}' AND score >= {self.min_score}"


class CheckedAlertFilter:
    def __init__(self, desk, min_score):
        self.desk = desk
        self.min_score = min_score

    @classmethod
    def from_request(cls, req):
        desk = req.args.get("desk", "equities")
        if not desk.isalpha():
            raise ValueError("desk")
        return cls(desk, int(req.args.get("min_score", "50")))

    def where(self):
        return f"desk = '{self.desk}' AND score >= {self.min_score}"


@app.get("/alerts/filter")
def vuln_filtered():
    where = AlertFilter.from_request(request).where()
    db = sqlite3.connect("surveillance.db")
    return {"alerts": db.execute("SELECT id FROM alerts WHERE " + where).fetchall()}  # sink


@app.get("/alerts/filter2")
def safe_filtered():
    where = CheckedAlertFilter.from_request(request).where()
    db = sqlite3.connect("surveillance.db")
    return {"alerts": db.execute("SELECT id FROM alerts WHERE " + where).fetchall()}  # sink
