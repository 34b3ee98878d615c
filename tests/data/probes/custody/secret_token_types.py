# family: secret 798 259 321
import os

import requests

TOKEN_TYPE = "Bearer"
TOKEN_HEADER = "Authorization"
TOKEN_URL = "https://auth.custodian.example/oauth2/token"
STATEMENTS_API_TOKEN = "cst_live_7d2f9a41c08e4b6fa3e95d1c72b04e8f"  # sink


def safe_fetch_statements(account):
    token = os.environ["STATEMENTS_API_TOKEN"]
    headers = {TOKEN_HEADER: f"{TOKEN_TYPE} {token}"}
    return requests.get(f"https://api.custodian.example/statements/{account}", headers=headers, timeout=20)


def vuln_fetch_positions(account):
    headers = {"Authorization": "Bearer 9c41e7a2b8d05f63c1e0a7d94b2f8e16"}  # sink
    return requests.get(f"https://api.custodian.example/positions/{account}", headers=headers, timeout=20)


def safe_request_token(client_id, client_secret):
    data = {"grant_type": "client_credentials", "client_id": client_id, "client_secret": client_secret}
    reply = requests.post(TOKEN_URL, data=data, timeout=20)
    return reply.json()["access_token"], reply.json().get("token_type", "Bearer")


def vuln_request_token(client_id):
    data = {"grant_type": "client_credentials", "client_id": client_id, "client_secret": "q8ZtW3nPcL5xR1vY"}  # sink
    return requests.post(TOKEN_URL, data=data, timeout=20).json()["access_token"]
