# family: deser 502
import base64
import json
import pickle

from .db import connect


def vuln_entitlement_batch(event, context):
    with connect() as conn:
        for record in event["Records"]:
            message = json.loads(record["body"])
            state = pickle.loads(base64.b64decode(message["state"]))  # sink
            conn.execute("INSERT INTO entitlements VALUES (?, ?)", (state["account"], state["units"]))


def safe_entitlement_batch(event, context):
    with connect() as conn:
        for record in event["Records"]:
            message = json.loads(record["body"])
            state = json.loads(base64.b64decode(message["state"]))
            conn.execute("INSERT INTO entitlements VALUES (?, ?)", (state["account"], state["units"]))
