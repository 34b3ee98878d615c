# family: cmd 78
"""Streamlit buttons that start the team's batch jobs."""

import os
import shlex
import subprocess

import streamlit as st


def vuln_run_backtest():
    strategy = st.text_input("Strategy name")
    if st.button("Run"):
        subprocess.run(f"backtest --strategy {strategy}", shell=True, check=True)  # sink


def safe_run_backtest():
    strategy = st.text_input("Strategy name")
    if st.button("Run"):
        subprocess.run(f"backtest --strategy {shlex.quote(strategy)}", shell=True, check=True)


def vuln_export_format():
    fmt = st.text_input("Export format", "csv")
    os.system(f"export-positions --format {fmt}")  # sink


def safe_export_format():
    fmt = st.radio("Export format", ["csv", "xlsx", "parquet"])
    os.system(f"export-positions --format {fmt}")


def vuln_refresh_from_link():
    dataset = st.query_params.get("dataset", "prices")
    subprocess.Popen("refresh-dataset " + dataset, shell=True)  # sink


def safe_refresh_from_link():
    dataset = st.query_params.get("dataset", "prices")
    if dataset not in {"prices", "holdings", "curves"}:
        st.stop()
    subprocess.Popen("refresh-dataset " + dataset, shell=True)
