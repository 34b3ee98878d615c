# family: sql 89
"""Cash positions and bank balances: identifiers picked from constants, values bound as parameters."""
import enum

from flask import Flask, request

from .settings import REPORT_SCHEMA

app = Flask(__name__)

SORT_COLUMNS = {"date": "value_date", "amount": "amount", "bank": "bank_code"}
DIRECTIONS = ("ASC", "DESC")
BALANCE_TABLE = f"{REPORT_SCHEMA}.bank_balances"


class Ledger(enum.Enum):
    CASH = "cash_positions"
    FX = "fx_positions"


class PositionRepository:
    TABLE = "%s.cash_positions" % REPORT_SCHEMA

    def __init__(self, conn):
        self.conn = conn


class SafePositionRepository(PositionRepository):
    def safe_by_account(self, account):
        with self.conn.cursor() as cur:
            cur.execute(f"SELECT * FROM {self.TABLE} WHERE account = %s", (account,))
            return cur.fetchall()


class VulnPositionRepository(PositionRepository):
    def vuln_by_currency(self, currency):
        with self.conn.cursor() as cur:
            cur.execute(f"SELECT * FROM {self.TABLE} WHERE currency = '{currency}'")  # sink
            return cur.fetchall()


@app.get("/positions")
def safe_positions_sorted(db):
    column = SORT_COLUMNS.get(request.args.get("sort", "date"), "value_date")
    direction = request.args.get("dir", "ASC").upper()
    if direction not in DIRECTIONS:
        direction = "ASC"
    cur = db.cursor()
    cur.execute(
        f"SELECT * FROM {BALANCE_TABLE} WHERE entity = %s ORDER BY {column} {direction}",
        (request.args["entity"],),
    )
    return cur.fetchall()


@app.get("/positions-raw")
def vuln_positions_sorted(db):
    column = request.args.get("sort", "value_date")
    cur = db.cursor()
    cur.execute(f"SELECT * FROM {BALANCE_TABLE} WHERE entity = %s ORDER BY {column}", (request.args["entity"],))  # sink
    return cur.fetchall()


@app.get("/ledger/<kind>")
def safe_ledger(db, kind):
    ledger = Ledger.FX if kind == "fx" else Ledger.CASH
    cur = db.cursor()
    cur.execute("SELECT account, amount FROM %s WHERE value_date = %%s" % ledger.value, (request.args["date"],))
    return cur.fetchall()


@app.get("/latest")
def safe_latest(db):
    limit = int(request.args.get("limit", 50))
    cur = db.cursor()
    cur.execute(f"SELECT * FROM {BALANCE_TABLE} ORDER BY value_date DESC LIMIT {limit}")
    return cur.fetchall()


@app.get("/latest-raw")
def vuln_latest(db):
    limit = request.args.get("limit", "50")
    cur = db.cursor()
    cur.execute(f"SELECT * FROM {BALANCE_TABLE} ORDER BY value_date DESC LIMIT {limit}")  # sink
    return cur.fetchall()


def safe_totals(db):
    cur = db.cursor()
    for ledger in Ledger:
        cur.execute(f"SELECT SUM(amount) FROM {ledger.value}")
    return cur.fetchall()


@app.post("/balances")
def safe_insert_balance(db):
    fields = ("bank_code", "account", "amount", "value_date")
    payload = request.get_json()
    columns = ", ".join(fields)
    marks = ", ".join(["%s"] * len(fields))
    cur = db.cursor()
    cur.execute(f"INSERT INTO {BALANCE_TABLE} ({columns}) VALUES ({marks})", [payload[f] for f in fields])
    return "ok"


@app.post("/balances-any")
def vuln_insert_balance(db):
    payload = request.get_json()
    columns = ", ".join(payload)
    marks = ", ".join(["%s"] * len(payload))
    cur = db.cursor()
    cur.execute(f"INSERT INTO {BALANCE_TABLE} ({columns}) VALUES ({marks})", list(payload.values()))  # sink
    return "ok"
