# family: secret 798 259 321
"""Connections to the banks' host-to-host gateways: credentials written in, and credentials read."""
import os

import paramiko
import psycopg2

from .settings import Bank

SFTP_USER = "treasury"
SFTP_PASSWORD_ENV = "TREASURY_SFTP_PASSWORD"
PASSWORD_FIELD = "password"
DEFAULT_GATEWAY_PASSWORD = "Westland-H2H-2026!"  # sink
GATEWAY_FALLBACK = "Nordbank-H2H-2025?"

BANK_PASSWORDS = {Bank.NORDBANK: "nb-h2h-7QpX2v9", Bank.WESTLAND: os.environ.get("WESTLAND_PW")}  # sink


def safe_connect_sftp(host):
    client = paramiko.SSHClient()
    client.connect(host, username=SFTP_USER, password=os.environ[SFTP_PASSWORD_ENV])
    return client


def vuln_connect_sftp(host):
    client = paramiko.SSHClient()
    client.connect(host, username=SFTP_USER, password=GATEWAY_FALLBACK)  # sink
    return client


def safe_login_form(data):
    return {"username": data["user"], PASSWORD_FIELD: data[PASSWORD_FIELD]}


def safe_ledger_db():
    return psycopg2.connect(host="ledger-db", dbname="treasury", user="treasury", password=os.environ["LEDGER_PW"])


def vuln_ledger_db():
    password = "ledger-" + "2026-" + "Q4"
    return psycopg2.connect(host="ledger-db", dbname="treasury", user="treasury", password=password)  # sink
