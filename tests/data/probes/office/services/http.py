from urllib.parse import urlparse

import requests

PARTNER_HOSTS = frozenset({"erp.partner.example", "hr.partner.example"})


class ApiClient:
    def __init__(self, timeout=10):
        self.timeout = timeout
        self.session = requests.Session()

    def fetch(self, url):
        return self.session.get(url, timeout=self.timeout)

    def fetch_partner(self, url):
        if urlparse(url).hostname not in PARTNER_HOSTS:
            raise ValueError("not a partner host")
        return self.session.get(url, timeout=self.timeout)
