# family: sql 89
from flask import Flask, request

from .common import open_db

app = Flask(__name__)
VIEWS = ("nav_daily", "nav_weekly", "nav_monthly")
FUNDS = {"LU0001": "Global Equity", "LU0002": "Euro Bonds"}


@app.get("/nav/break")
def vuln_break():
    fund = ""
    for candidate in request.args.getlist("fund"):
        if candidate:
            fund = candidate
            break
    return open_db().execute(f"SELECT nav FROM nav_daily WHERE fund = '{fund}'").fetchall()  # sink


@app.get("/nav/break/safe")
def safe_break():
    fund = ""
    for candidate in request.args.getlist("fund"):
        if candidate in FUNDS:
            fund = candidate
            break
    return open_db().execute(f"SELECT nav FROM nav_daily WHERE fund = '{fund}'").fetchall()  # sink


@app.get("/nav/while")
def vuln_while_true():
    pending = list(request.args.getlist("view"))
    while True:
        view = pending.pop() if pending else "nav_daily"
        if view:
            break
    return open_db().execute(f"SELECT * FROM {view}").fetchall()  # sink


@app.get("/nav/while/safe")
def safe_while_true():
    pending = list(request.args.getlist("view"))
    while True:
        view = pending.pop() if pending else "nav_daily"
        if view in VIEWS:
            break
        if not pending:
            view = "nav_daily"
            break
    return open_db().execute(f"SELECT * FROM {view}").fetchall()  # sink


@app.get("/nav/nested")
def vuln_nested():
    chosen = "nav_daily"
    for group in request.args.getlist("group"):
        for part in group.split(","):
            if part.startswith("nav_"):
                chosen = part
                break
    return open_db().execute(f"SELECT * FROM {chosen}").fetchall()  # sink


@app.get("/nav/nested/safe")
def safe_nested():
    chosen = "nav_daily"
    for group in request.args.getlist("group"):
        for part in group.split(","):
            if part in VIEWS:
                chosen = part
                break
    return open_db().execute(f"SELECT * FROM {chosen}").fetchall()  # sink


@app.get("/nav/for-else")
def vuln_for_else():
    wanted = request.args.get("view", "")
    for view in VIEWS:
        if view == wanted:
            break
    else:
        view = wanted
    return open_db().execute(f"SELECT * FROM {view}").fetchall()  # sink


@app.get("/nav/for-else/safe")
def safe_for_else():
    wanted = request.args.get("view", "")
    for view in VIEWS:
        if view == wanted:
            break
    else:
        view = VIEWS[0]
    return open_db().execute(f"SELECT * FROM {view}").fetchall()  # sink


@app.get("/nav/while-else")
def vuln_while_else():
    names = request.args.getlist("view")
    i = 0
    while i < len(names):
        if names[i] in VIEWS:
            found = names[i]
            break
        i += 1
    else:
        found = names[0] if names else "nav_daily"
    return open_db().execute(f"SELECT * FROM {found}").fetchall()  # sink


@app.get("/nav/while-else/safe")
def safe_while_else():
    names = request.args.getlist("view")
    i = 0
    while i < len(names):
        if names[i] in VIEWS:
            found = names[i]
            break
        i += 1
    else:
        found = "nav_daily"
    return open_db().execute(f"SELECT * FROM {found}").fetchall()  # sink


@app.get("/nav/continue")
def vuln_continue():
    rows = []
    for fund in request.args.getlist("fund"):
        if not fund:
            continue
        rows += open_db().execute(f"SELECT nav FROM nav_daily WHERE fund = '{fund}'").fetchall()  # sink
    return rows


@app.get("/nav/continue/safe")
def safe_continue():
    rows = []
    for fund in request.args.getlist("fund"):
        if fund not in FUNDS:
            continue
        rows += open_db().execute(f"SELECT nav FROM nav_daily WHERE fund = '{fund}'").fetchall()  # sink
    return rows


@app.get("/nav/last")
def vuln_last_seen():
    last = "LU0001"
    for fund in request.args.getlist("fund"):
        last = fund
    return open_db().execute(f"SELECT nav FROM nav_daily WHERE fund = '{last}'").fetchall()  # sink


@app.get("/nav/last/safe")
def safe_last_seen():
    last = "LU0001"
    for fund in request.args.getlist("fund"):
        if fund in FUNDS:
            last = fund
    return open_db().execute(f"SELECT nav FROM nav_daily WHERE fund = '{last}'").fetchall()  # sink
