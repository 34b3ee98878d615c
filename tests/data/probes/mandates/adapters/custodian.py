"""The custodian's order API: a client whose base URL comes from its environment."""

import requests


class Environment:
    def __init__(self, base_url):
        self.base_url = base_url


class CustodianClient:
    def __init__(self, environment):
        self.environment = environment

    def fetch(self, path):
        return requests.get(self.environment.base_url + path, timeout=5).json()
