# family: secret 321 798
import hashlib
import hmac
import os

from cryptography.fernet import Fernet
from django.conf import settings


def vuln_sign_export(payload: bytes) -> str:
    return hmac.new(b"registry-export-signing-2024", payload, hashlib.sha256).hexdigest()  # sink


def safe_sign_export(payload: bytes) -> str:
    return hmac.new(settings.EXPORT_SIGNING_KEY.encode(), payload, hashlib.sha256).hexdigest()  # sink


def vuln_vault():
    return Fernet(b"q4M0k3nYb0Zb8Hc4dGk1Vw2sR9tLxP6aJf7uE5iC3oQ=")  # sink


def safe_vault():
    return Fernet(os.environ["REGISTRY_FERNET_KEY"].encode())  # sink
