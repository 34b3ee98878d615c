# family: cmd 78
import os

from flask import Flask, request
from marshmallow import Schema, fields, validate

app = Flask(__name__)


class ExportSchema(Schema):
    book_id = fields.Int(required=True)
    deal_ref = fields.UUID(required=True)
    label = fields.Str(required=True)
    contact = fields.Email()
    code = fields.Str(validate=validate.Regexp(r"^[a-z]{3,8}$"))
    cutoff = fields.Date()


@app.post("/exports/book")
def safe_schema_int():
    data = ExportSchema().load(request.get_json())
    os.system(f"export-book --book {data['book_id']}")  # sink
    return "ok"


@app.post("/exports/label")
def vuln_schema_str():
    data = ExportSchema().load(request.get_json())
    os.system(f"export-book --label {data['label']}")  # sink
    return "ok"


@app.post("/exports/deal")
def safe_schema_uuid():
    schema = ExportSchema()
    data = schema.load(request.get_json())
    os.system(f"export-book --deal {data['deal_ref']}")  # sink
    return "ok"


@app.post("/exports/contact")
def vuln_schema_email():
    schema = ExportSchema()
    data = schema.load(request.get_json())
    os.system(f"export-book --notify {data['contact']}")  # sink
    return "ok"


@app.post("/exports/code")
def safe_schema_regexp():
    data = ExportSchema().load(request.get_json())
    os.system("export-book --code " + data.get("code", "dcm"))  # sink
    return "ok"


@app.post("/exports/cutoff")
def safe_schema_date():
    data = ExportSchema().load(request.get_json())
    os.system(f"export-book --cutoff {data['cutoff']}")  # sink
    return "ok"


@app.post("/exports/many")
def vuln_schema_many():
    for row in ExportSchema(many=True).load(request.get_json()):
        os.system(f"export-book --label {row['label']}")  # sink
    return "ok"


@app.post("/exports/many-books")
def safe_schema_many():
    for row in ExportSchema(many=True).load(request.get_json()):
        os.system(f"export-book --book {row['book_id']}")  # sink
    return "ok"
