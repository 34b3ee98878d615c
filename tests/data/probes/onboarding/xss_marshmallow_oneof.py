# family: xss 79
from flask import Flask, request
from marshmallow import Schema, fields, validate

app = Flask(__name__)


class LooseTierSchema(Schema):
    tier = fields.Str(required=True, validate=validate.Length(max=20))


class TierSchema(Schema):
    tier = fields.Str(required=True, validate=validate.OneOf(["basic", "professional", "eligible-counterparty"]))


@app.post("/classification")
def vuln_classification_banner():
    data = LooseTierSchema().load(request.get_json())
    return f"<div class='tier'>Classified as {data['tier']}</div>"  # sink


@app.post("/classification2")
def safe_classification_banner():
    data = TierSchema().load(request.get_json())
    return f"<div class='tier'>Classified as {data['tier']}</div>"  # sink
