# family: deser 502
"""Uploads of models and frames to the team's Streamlit workbench."""

import io
import json
import pickle

import pandas as pd
import streamlit as st


def vuln_restore_model():
    uploaded = st.file_uploader("Fitted model", type=["pkl"])
    if uploaded is not None:
        return pickle.load(uploaded)  # sink
    return None


def safe_restore_model():
    uploaded = st.file_uploader("Model parameters", type=["json"])
    if uploaded is not None:
        return json.load(uploaded)
    return None


def vuln_frame_upload():
    uploaded = st.file_uploader("Positions frame")
    if uploaded:
        return pd.read_pickle(uploaded)  # sink
    return None


def safe_frame_upload():
    uploaded = st.file_uploader("Positions frame")
    if uploaded:
        return pd.read_csv(uploaded)
    return None


def vuln_upload_bytes():
    uploaded = st.file_uploader("Scenario set")
    if uploaded is None:
        st.stop()
    return pickle.loads(uploaded.getvalue())  # sink


def safe_upload_bytes():
    uploaded = st.file_uploader("Scenario set")
    if uploaded is None:
        st.stop()
    return pd.read_parquet(io.BytesIO(uploaded.getvalue()))


def vuln_batch_results():
    files = st.file_uploader("Cached results", accept_multiple_files=True)
    return [pickle.loads(f.read()) for f in files]  # sink


def safe_batch_results():
    files = st.file_uploader("Cached results", accept_multiple_files=True)
    return [json.loads(f.read()) for f in files]
