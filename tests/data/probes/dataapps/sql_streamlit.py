# family: sql 89
"""Streamlit pages of the analytics team reading the warehouse."""

import sqlite3

import pandas as pd
import sqlalchemy
import streamlit as st
from sqlalchemy import text

ENGINE = sqlalchemy.create_engine("sqlite:///warehouse.db")
SECTORS = ["Energy", "Financials", "Utilities"]


def vuln_ticker_history():
    ticker = st.text_input("Ticker")
    return pd.read_sql(f"SELECT day, close FROM prices WHERE ticker = '{ticker}'", ENGINE)  # sink


def safe_ticker_history():
    ticker = st.text_input("Ticker")
    return pd.read_sql(text("SELECT day, close FROM prices WHERE ticker = :ticker"), ENGINE, params={"ticker": ticker})


def vuln_sector_with_new_options():
    sector = st.selectbox("Sector", SECTORS, accept_new_options=True)
    conn = sqlite3.connect("warehouse.db")
    return conn.execute(f"SELECT name FROM issuers WHERE sector = '{sector}'").fetchall()  # sink


def safe_sector_constant_options():
    sector = st.selectbox("Sector", SECTORS)
    conn = sqlite3.connect("warehouse.db")
    return conn.execute(f"SELECT name FROM issuers WHERE sector = '{sector}'").fetchall()


def vuln_region_from_typed_list():
    regions = st.text_input("Regions, comma separated").split(",")
    region = st.selectbox("Region", regions)
    return pd.read_sql(f"SELECT fund, aum FROM funds WHERE region = '{region}'", ENGINE)  # sink


def region_from_query_list():
    regions = pd.read_sql("SELECT DISTINCT region FROM funds", ENGINE)["region"].tolist()
    region = st.selectbox("Region", regions)
    return pd.read_sql(f"SELECT fund, aum FROM funds WHERE region = '{region}'", ENGINE)


def vuln_top_rows():
    limit = st.text_input("Rows", "50")
    with ENGINE.connect() as conn:
        return conn.execute(text(f"SELECT * FROM trades ORDER BY ts DESC LIMIT {limit}")).fetchall()  # sink


def safe_top_rows():
    limit = int(st.text_input("Rows", "50"))
    with ENGINE.connect() as conn:
        return conn.execute(text(f"SELECT * FROM trades ORDER BY ts DESC LIMIT {limit}")).fetchall()


def vuln_fund_from_link():
    fund = st.query_params["fund"]
    conn = sqlite3.connect("warehouse.db")
    return conn.execute("SELECT * FROM holdings WHERE fund = '%s'" % fund).fetchall()  # sink


def safe_fund_from_link():
    fund = st.query_params["fund"]
    conn = sqlite3.connect("warehouse.db")
    return conn.execute("SELECT * FROM holdings WHERE fund = ?", (fund,)).fetchall()


def vuln_tickers_multiselect():
    chosen = st.multiselect("Tickers", ["AAA", "BBB", "CCC"], accept_new_options=True)
    quoted = ", ".join(f"'{t}'" for t in chosen)
    return pd.read_sql(f"SELECT * FROM prices WHERE ticker IN ({quoted})", ENGINE)  # sink


def safe_tickers_multiselect():
    chosen = st.multiselect("Tickers", ["AAA", "BBB", "CCC"])
    quoted = ", ".join(f"'{t}'" for t in chosen)
    return pd.read_sql(f"SELECT * FROM prices WHERE ticker IN ({quoted})", ENGINE)
