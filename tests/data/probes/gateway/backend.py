"""The gateway's shared back end: every team's handlers call these with values of their requests."""
import logging
import os
import shlex
import sqlite3
import subprocess

import requests

DB = "/srv/gateway/clients.db"
REPORTS = "/srv/gateway/reports"
PARTNERS = {"lseg": "https://api.lseg.example.com/", "ice": "https://feeds.ice.example.com/"}
log = logging.getLogger("gateway")


def positions_of(client):
    con = sqlite3.connect(DB)
    return con.execute(f"SELECT isin, qty FROM positions WHERE client = '{client}'").fetchall()


def positions_bound(client):
    con = sqlite3.connect(DB)
    return con.execute("SELECT isin, qty FROM positions WHERE client = ?", (client,)).fetchall()


def render_statement(client):
    return subprocess.run(f"statement-pdf --client {client}", shell=True, capture_output=True).stdout


def render_statement_quoted(client):
    return subprocess.run(f"statement-pdf --client {shlex.quote(client)}", shell=True, capture_output=True).stdout


def read_report(name):
    with open(os.path.join(REPORTS, name), "rb") as fh:
        return fh.read()


def read_report_named(name):
    with open(os.path.join(REPORTS, os.path.basename(name)), "rb") as fh:
        return fh.read()


def fetch_partner(url):
    return requests.get(url, timeout=10).json()


def fetch_partner_feed(partner):
    base = PARTNERS.get(partner)
    if base is None:
        raise KeyError(partner)
    return requests.get(base + "quotes", timeout=10).json()


def audit(actor, action):
    log.info("gateway %s by %s", action, actor)
