# family: path 22 23 36 73 99
from datetime import date

from flask import Flask, request

app = Flask(__name__)


@app.get("/audit/day")
def vuln_audit_day():
    day = request.args.get("day", "")
    handle = open(f"/srv/onboarding/audit/{day}.log", encoding="utf-8")  # sink
    date.fromisoformat(day)
    with handle:
        return handle.read()


@app.get("/audit/day2")
def safe_audit_day():
    day = request.args.get("day", "")
    date.fromisoformat(day)
    handle = open(f"/srv/onboarding/audit/{day}.log", encoding="utf-8")  # sink
    with handle:
        return handle.read()
