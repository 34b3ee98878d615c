# family: sql 89
import json

from .db import connect


def vuln_election_handler(event, context):
    payload = json.loads(event["body"] or "{}")
    with connect() as conn:
        conn.execute(f"UPDATE elections SET choice = '{payload['choice']}' WHERE id = {int(payload['id'])}")  # sink
    return {"statusCode": 204}


def safe_election_handler(event, context):
    payload = json.loads(event["body"] or "{}")
    with connect() as conn:
        conn.execute("UPDATE elections SET choice = ? WHERE id = ?", (payload["choice"], int(payload["id"])))
    return {"statusCode": 204}
