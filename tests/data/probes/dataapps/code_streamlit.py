# family: code 94 95
"""Filters and formulas the analysts type into the Streamlit screener."""

import ast

import pandas as pd
import streamlit as st

COLUMNS = ["pe", "yield", "beta"]
SAVED = {"cheap": "pe < 10", "income": "yield > 0.04"}


def vuln_filter_expression(frame: pd.DataFrame):
    expr = st.text_input("Filter", "pe < 15")
    return frame.query(expr)  # sink


def safe_filter_expression(frame: pd.DataFrame):
    column = st.selectbox("Column", COLUMNS)
    threshold = st.number_input("Below", value=15.0)
    return frame.query(f"{column} < @threshold")


def vuln_eval_formula():
    formula = st.text_input("Weights, as a Python list")
    return eval(formula)  # sink


def safe_eval_formula():
    formula = st.text_input("Weights, as a Python list")
    return ast.literal_eval(formula)


def vuln_derived_column(frame: pd.DataFrame):
    expr = st.text_area("New column, e.g. spread = ask - bid")
    return frame.eval(expr)  # sink


def safe_derived_column(frame: pd.DataFrame):
    name = st.selectbox("Saved screen", list(SAVED))
    return frame.eval(SAVED[name])
