# family: ssrf 918
from operator import itemgetter
from urllib.parse import urlparse
from urllib.request import urlopen

from flask import Flask, abort, request

app = Flask(__name__)
source_url = itemgetter("source")
FILING_HOST = "filings.regulator.example"


@app.post("/filings/fetch")
def vuln_fetch_filing():
    url = source_url(request.get_json())
    with urlopen(url, timeout=10) as resp:  # sink
        return resp.read()


@app.post("/filings/fetch2")
def safe_fetch_filing():
    url = source_url(request.get_json())
    parts = urlparse(url)
    if parts.scheme != "https" or parts.hostname != FILING_HOST:
        abort(400)
    with urlopen(url, timeout=10) as resp:  # sink
        return resp.read()
