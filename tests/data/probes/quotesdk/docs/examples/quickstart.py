# family: secret 798 259
"""Quickstart: replace the placeholders with your own credentials (or set QUOTESDK_CLIENT_SECRET)."""

from quotesdk.credentials import SafeCredentials
from quotesdk.http import SafeTransport

API_KEY = "YOUR_API_KEY"


def safe_quickstart() -> None:
    creds = SafeCredentials(client_id="my-desk", client_secret="<your-client-secret>")
    transport = SafeTransport("https://quotes.internal/api", verify="/etc/ssl/certs/acme-root.pem")
    print(transport.get("/v1/quotes", symbol="ACME").json(), creds)


def safe_with_password() -> None:
    SafeTransport("https://quotes.internal/api").post("/v1/login", {"user": "jdoe", "password": "changeme"})
