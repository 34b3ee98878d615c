# family: timeout 400
import requests

FILINGS = "https://filings.partner.example/api"


def vuln_filing_status(ref):
    return requests.get(f"{FILINGS}/status/{ref}").json()  # sink


def safe_filing_status(ref):
    return requests.get(f"{FILINGS}/status/{ref}", timeout=(3.05, 20)).json()  # sink


def vuln_submit(session, doc):
    return session.post(f"{FILINGS}/submit", json=doc)  # sink


def safe_submit(session, doc):
    return session.post(f"{FILINGS}/submit", json=doc, timeout=30)  # sink
