# family: sql 89
"""Prices and fundamentals from the research warehouse into pandas."""

import argparse

import pandas as pd
import sqlalchemy
from flask import Flask, jsonify, request
from sqlalchemy import text

app = Flask(__name__)
engine = sqlalchemy.create_engine("postgresql+psycopg://warehouse.research.acme.internal/research")
TABLES = {"daily": "prices_daily", "minute": "prices_1m", "weekly": "prices_weekly"}
COLUMNS = ("ticker", "trade_date", "close", "volume")


def safe_prices(ticker: str, start: str) -> pd.DataFrame:
    query = text("SELECT * FROM prices_daily WHERE ticker = :ticker AND trade_date >= :start")
    return pd.read_sql(query, engine, params={"ticker": ticker, "start": start})


def safe_prices_by_frequency(frequency: str, ticker: str) -> pd.DataFrame:
    table = TABLES[frequency]
    query = f"SELECT {', '.join(COLUMNS)} FROM {table} WHERE ticker = %(ticker)s ORDER BY trade_date"
    return pd.read_sql(query, engine, params={"ticker": ticker})


def safe_cli_prices(argv: list[str] | None = None) -> pd.DataFrame:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ticker", required=True)
    args = parser.parse_args(argv)
    return pd.read_sql("SELECT * FROM prices_daily WHERE ticker = %(t)s", engine, params={"t": args.ticker})


@app.get("/screens/prices")
def safe_screen_prices():
    frame = pd.read_sql(
        text("SELECT trade_date, close FROM prices_daily WHERE ticker = :t"), engine, params={"t": request.args["ticker"]}
    )
    return jsonify(frame.to_dict(orient="records"))


def vuln_cli_prices(argv: list[str] | None = None) -> pd.DataFrame:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ticker", required=True)
    args = parser.parse_args(argv)
    return pd.read_sql(f"SELECT * FROM prices_daily WHERE ticker = '{args.ticker}'", engine)  # sink


@app.get("/screens/fundamentals")
def vuln_screen_fundamentals():
    sector = request.args["sector"]
    frame = pd.read_sql("SELECT * FROM fundamentals WHERE sector = '%s'" % sector, engine)  # sink
    return jsonify(frame.to_dict(orient="records"))
