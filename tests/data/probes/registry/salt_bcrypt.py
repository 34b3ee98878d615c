# family: salt 760
import hashlib

import bcrypt

FIXED_SALT = b"$2b$12$registryregistryregistr"


def vuln_hash(password: str) -> bytes:
    return bcrypt.hashpw(password.encode(), FIXED_SALT)  # sink


def safe_hash(password: str) -> bytes:
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt())  # sink


def vuln_derive(passphrase: str) -> bytes:
    return hashlib.pbkdf2_hmac("sha512", passphrase.encode(), salt=b"0000000000000000", iterations=210_000)  # sink
