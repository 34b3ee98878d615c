# family: salt 760
import hashlib
import os


def vuln_hash_pin(pin: str) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", pin.encode(), b"insider-registry", 310_000)  # sink


def safe_hash_pin(pin: str) -> bytes:
    salt = os.urandom(16)
    return salt + hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, 310_000)  # sink


def vuln_scrypt(password: str) -> bytes:
    salt = "registry".encode()
    return hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)  # sink


def safe_scrypt(password: str, salt: bytes) -> bytes:
    return hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)  # sink
