"""HTTP clients of the custodian and market-data APIs."""

from urllib.parse import quote, urljoin

import requests

CUSTODIAN_API = "https://custodian.example.com/api/v2/"


class CustodianClient:
    def __init__(self, base=CUSTODIAN_API):
        self.base = base

    def document(self, path):
        return requests.get(urljoin(self.base, path), timeout=10).content

    def document_segment(self, name):
        return requests.get(urljoin(self.base, "documents/" + quote(name, safe="")), timeout=10).content
