# family: path 22 23 36 73 99
"""Reports and exports served from the team's data folder."""

import os
from pathlib import Path

import streamlit as st

DATA = "/srv/analytics/reports"
EXPORTS = "/srv/analytics/exports"
REPORTS = ["daily.html", "weekly.html", "risk.html"]


def vuln_open_report():
    name = st.text_input("Report file")
    st.markdown(open(Path(DATA) / name).read())  # sink


def safe_open_report():
    name = st.selectbox("Report file", REPORTS)
    st.markdown(open(Path(DATA) / name).read())


def vuln_download_from_link():
    fname = st.query_params.get("file", "latest.csv")
    with open(os.path.join(EXPORTS, fname), "rb") as fh:  # sink
        st.download_button("Download", fh, file_name="export.csv")


def safe_download_from_link():
    fname = st.query_params.get("file", "latest.csv")
    if fname not in {"latest.csv", "monthly.csv"}:
        st.error("No such export")
        st.stop()
    with open(os.path.join(EXPORTS, fname), "rb") as fh:
        st.download_button("Download", fh, file_name="export.csv")


def vuln_save_upload():
    upload = st.file_uploader("Attach a model card")
    if upload is not None:
        Path(EXPORTS, upload.name).write_bytes(upload.getvalue())  # sink


def safe_save_upload():
    upload = st.file_uploader("Attach a model card")
    if upload is not None:
        Path(EXPORTS, "model-card.pdf").write_bytes(upload.getvalue())
