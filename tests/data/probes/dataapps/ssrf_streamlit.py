# family: ssrf 918
"""A Streamlit page fetching vendor feeds for the analysts."""

import requests
import streamlit as st

FEEDS = {
    "fx": "https://feeds.vendor.example/fx.json",
    "rates": "https://feeds.vendor.example/rates.json",
}


def vuln_fetch_feed():
    url = st.text_input("Feed URL")
    if url:
        st.json(requests.get(url, timeout=10).json())  # sink


def safe_fetch_feed():
    feed = st.selectbox("Feed", list(FEEDS))
    st.json(requests.get(FEEDS[feed], timeout=10).json())


def vuln_fetch_from_link():
    source = st.query_params.get("source", "")
    return requests.get(f"{source}/v1/curves", timeout=10).json()  # sink


def safe_fetch_from_link():
    source = st.query_params.get("source", "")
    if source not in FEEDS:
        st.stop()
    return requests.get(FEEDS[source], timeout=10).json()
