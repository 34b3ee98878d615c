# family: sql 89
import json
import sqlite3

DB = "/tmp/filings.db"


# AWS Lambda behind API Gateway (proxy integration): the query string, path parameters and body are the client's
def vuln_filings_handler(event, context):
    issuer = (event.get("queryStringParameters") or {}).get("issuer", "")
    rows = sqlite3.connect(DB).execute(f"SELECT title FROM filings WHERE issuer = '{issuer}'").fetchall()  # sink
    return {"statusCode": 200, "body": json.dumps([r[0] for r in rows])}


def safe_filings_handler(event, context):
    issuer = (event.get("queryStringParameters") or {}).get("issuer", "")
    rows = sqlite3.connect(DB).execute("SELECT title FROM filings WHERE issuer = ?", (issuer,)).fetchall()  # sink
    return {"statusCode": 200, "body": json.dumps([r[0] for r in rows])}


def vuln_amend_handler(event, context):
    body = json.loads(event["body"])
    sqlite3.connect(DB).execute("UPDATE filings SET status = '%s'" % body["status"])  # sink
    return {"statusCode": 204}


def safe_amend_handler(event, context):
    body = json.loads(event["body"])
    sqlite3.connect(DB).execute("UPDATE filings SET status = ?", (body["status"],))  # sink
    return {"statusCode": 204}


def vuln_issuer_handler(event, context):
    lei = event["pathParameters"]["lei"]
    row = sqlite3.connect(DB).execute(f"SELECT name FROM issuers WHERE lei = '{lei}'").fetchone()  # sink
    return {"statusCode": 200, "body": row[0]}


def safe_issuer_handler(event, context):
    lei = event["pathParameters"]["lei"]
    row = sqlite3.connect(DB).execute("SELECT name FROM issuers WHERE lei = ?", (lei,)).fetchone()  # sink
    return {"statusCode": 200, "body": row[0]}
