"""The repository: two modules below the handlers."""
from ..common.store import open_db


def holdings_for(fund):
    return open_db().execute(f"SELECT * FROM holdings WHERE fund = '{fund}'").fetchall()


def holdings_bound(fund):
    return open_db().execute("SELECT * FROM holdings WHERE fund = ?", (fund,)).fetchall()


def run_report(sql, params=()):
    return open_db().execute(sql, params).fetchall()
