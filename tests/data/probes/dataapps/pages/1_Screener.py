# family: sql 89
"""A page of the multipage Streamlit app, written as a script from top to bottom."""

import sqlite3

import streamlit as st

st.title("Screener")
sector = st.text_input("Sector")
min_cap = st.number_input("Minimum market cap", value=1_000.0)
conn = sqlite3.connect("warehouse.db")
rows = conn.execute(f"SELECT name FROM issuers WHERE sector = '{sector}'").fetchall()  # sink
st.dataframe(rows)
safe_rows = conn.execute(f"SELECT name FROM issuers WHERE cap >= {min_cap}").fetchall()
st.dataframe(safe_rows)
