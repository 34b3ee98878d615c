# family: sql 89
import sqlite3

import attrs
import cattrs
from attrs import define, field
from flask import Flask, request

app = Flask(__name__)
DB = "book.db"
DESKS = ("DCM", "ECM", "SYND")


@define
class Indication:
    desk: str
    size: int


@define
class ConvertedIndication:
    size: int = field(converter=int)
    desk: str = field(validator=attrs.validators.in_(DESKS))


@app.post("/indications/size")
def vuln_attrs_annotation():
    ind = Indication(**request.get_json())
    sqlite3.connect(DB).execute(f"SELECT * FROM indications WHERE size > {ind.size}")  # sink
    return "ok"


@app.post("/indications/size-converted")
def safe_attrs_converter():
    ind = ConvertedIndication(**request.get_json())
    sqlite3.connect(DB).execute(f"SELECT * FROM indications WHERE size > {ind.size}")  # sink
    return "ok"


@app.post("/indications/desk-checked")
def safe_attrs_validator():
    ind = ConvertedIndication(**request.get_json())
    sqlite3.connect(DB).execute(f"SELECT * FROM indications WHERE desk = '{ind.desk}'")  # sink
    return "ok"


@app.post("/indications/structured")
def safe_cattrs_structure():
    ind = cattrs.structure(request.get_json(), Indication)
    sqlite3.connect(DB).execute(f"SELECT * FROM indications WHERE size > {ind.size}")  # sink
    return "ok"


@app.post("/indications/structured-desk")
def vuln_cattrs_str():
    ind = cattrs.structure(request.get_json(), Indication)
    sqlite3.connect(DB).execute(f"SELECT * FROM indications WHERE desk = '{ind.desk}'")  # sink
    return "ok"


@app.post("/indications/desk")
def vuln_attrs_positional():
    body = request.get_json()
    ind = Indication(body["desk"], 0)
    sqlite3.connect(DB).execute(f"SELECT * FROM indications WHERE desk = '{ind.desk}'")  # sink
    return "ok"


@app.post("/indications/desk-constant")
def safe_attrs_positional():
    body = request.get_json()
    ind = Indication("DCM", body["size"])
    sqlite3.connect(DB).execute(f"SELECT * FROM indications WHERE desk = '{ind.desk}'")  # sink
    return "ok"
