# family: sql 89
import sqlite3
from dataclasses import asdict, dataclass

from flask import Flask, request

app = Flask(__name__)


@dataclass
class CaseRef:
    case_id: str
    year: str

    def __post_init__(self):
        self.case_id = self.case_id.strip()


@dataclass
class CheckedCaseRef:
    case_id: str
    year: str

    def __post_init__(self):
        self.case_id = str(int(self.case_id))
        self.year = str(int(self.year))


@app.get("/cases/ref")
def vuln_case_ref():
    ref = asdict(CaseRef(request.args["case"], request.args["year"]))
    db = sqlite3.connect("surveillance.db")
    sql = "SELECT * FROM cases WHERE id = {case_id} AND year = {year}".format(**ref)
    return {"case": db.execute(sql).fetchone()}  # sink


@app.get("/cases/ref2")
def safe_case_ref():
    ref = asdict(CheckedCaseRef(request.args["case"], request.args["year"]))
    db = sqlite3.connect("surveillance.db")
    sql = "SELECT * FROM cases WHERE id = {case_id} AND year = {year}".format(**ref)
    return {"case": db.execute(sql).fetchone()}  # sink
