# family: tls 295
"""Calls to the banks' APIs: TLS verification set by constants of the code."""
import requests

from .settings import VERIFY_BANK_TLS

BANK_CA_BUNDLE = "/etc/treasury/bank-ca.pem"
SANDBOX_VERIFY = False
VERIFY = {"production": True, "sandbox": False}


def safe_balance(url):
    return requests.get(url, verify=VERIFY_BANK_TLS, timeout=30).json()


def safe_statement(url):
    return requests.get(url, verify=BANK_CA_BUNDLE, timeout=30).json()


def vuln_sandbox_balance(url):
    return requests.get(url, verify=SANDBOX_VERIFY, timeout=30).json()  # sink


def vuln_environment_balance(url):
    return requests.get(url, verify=VERIFY["sandbox"], timeout=30).json()  # sink


def safe_environment_balance(url):
    return requests.get(url, verify=VERIFY["production"], timeout=30).json()


class SafeGatewayClient:
    VERIFY_TLS = True

    def __init__(self):
        self.session = requests.Session()

    def safe_post(self, url, body):
        return self.session.post(url, json=body, verify=self.VERIFY_TLS, timeout=30)
