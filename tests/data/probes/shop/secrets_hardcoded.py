# family: secret 798 259 321
import os

import jwt
import requests
from flask import Flask

app = Flask(__name__)
app.config["SECRET_KEY"] = "s3cr3t-key-for-prod-2024"  # sink

PAYMENTS_API_KEY = "sk_live_51HxQ2pLkq9ZtR3aVbN7cD8eF"  # sink


def vuln_charge(amount):
    return requests.post(
        "https://api.payments.example/charge",
        auth=("shop", "Winter2024!"),  # sink
        json={"amount": amount},
        timeout=10,
    )


def safe_charge(amount):
    return requests.post(
        "https://api.payments.example/charge",
        auth=("shop", os.environ["PAYMENTS_PASSWORD"]),  # sink
        json={"amount": amount},
        timeout=10,
    )


def vuln_sign(claims):
    return jwt.encode(claims, "hardcoded-signing-key", algorithm="HS256")  # sink


def safe_sign(claims):
    return jwt.encode(claims, os.environ["JWT_KEY"], algorithm="HS256")  # sink
