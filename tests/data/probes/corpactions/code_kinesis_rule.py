# family: code 94 95
import ast
import base64
import json

THRESHOLDS: dict[str, object] = {}


def vuln_threshold_stream(event, context):
    for record in event["Records"]:
        change = json.loads(base64.b64decode(record["kinesis"]["data"]))
        THRESHOLDS[change["name"]] = eval(change["value"])  # sink


def safe_threshold_stream(event, context):
    for record in event["Records"]:
        change = json.loads(base64.b64decode(record["kinesis"]["data"]))
        THRESHOLDS[change["name"]] = ast.literal_eval(change["value"])
