# family: secret 798 259 321
import hashlib
import hmac
import os

from cryptography.fernet import Fernet

SWIFT_MAC_KEY = b"\x8f\x12\xa4\x0e\x77\x3b\xc9\x51\xd2\x66\x04\x9e\x1a\xb7\x3c\xe8"


def vuln_sign_instruction(payload):
    return hmac.new(SWIFT_MAC_KEY, payload, hashlib.sha256).hexdigest()  # sink


def safe_sign_instruction(payload):
    key = bytes.fromhex(os.environ["SWIFT_MAC_KEY_HEX"])
    return hmac.new(key, payload, hashlib.sha256).hexdigest()


def vuln_statement_cipher():
    return Fernet(b"q3Vt1mYb9Z0Kc4LwHn7sR2dXe8Pf6GjAaBuCoDiEkFg=")  # sink


def safe_statement_cipher(key_file):
    with open(key_file, "rb") as handle:
        return Fernet(handle.read().strip())


def safe_checksum(payload):
    # a digest of the file, no key: the name says "key" only because it keys the cache
    cache_key = hashlib.sha256(payload).hexdigest()
    return cache_key
