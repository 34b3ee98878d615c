# family: pwhash 916 759 760 257 522 256
import hashlib
import os

import bcrypt
from argon2 import PasswordHasher
from django.contrib.auth.hashers import make_password

from .accounts import PortalUser

HASHER = PasswordHasher()


class Credentials:
    def __init__(self, user: PortalUser) -> None:
        self.user = user
        self.password_hash = ""
        self.salt = b""


def vuln_register_md5(creds: Credentials, password: str) -> None:
    creds.password_hash = hashlib.md5(password.encode()).hexdigest()  # sink


def safe_register_argon2(creds: Credentials, password: str) -> None:
    creds.password_hash = HASHER.hash(password)


def vuln_register_sha256(creds: Credentials, password: str) -> None:
    creds.password_hash = hashlib.sha256(password.encode("utf-8")).hexdigest()  # sink


def safe_register_bcrypt(creds: Credentials, password: str) -> None:
    creds.password_hash = bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt()).decode()


def vuln_register_plain(creds: Credentials, password: str) -> None:
    creds.password_hash = password  # sink


def safe_register_django(creds: Credentials, password: str) -> None:
    creds.password_hash = make_password(password)


def vuln_check_md5(creds: Credentials, password: str) -> bool:
    return hashlib.md5(password.encode()).hexdigest() == creds.password_hash  # sink


def safe_check_argon2(creds: Credentials, password: str) -> bool:
    return HASHER.verify(creds.password_hash, password)


def vuln_register_fixed_salt(creds: Credentials, password: str) -> None:
    creds.password_hash = hashlib.pbkdf2_hmac("sha256", password.encode(), b"portal-salt", 600_000).hex()  # sink


def safe_register_random_salt(creds: Credentials, password: str) -> None:
    creds.salt = os.urandom(16)
    creds.password_hash = hashlib.pbkdf2_hmac("sha256", password.encode(), creds.salt, 600_000).hex()


def safe_gravatar(creds: Credentials) -> str:
    return "https://www.gravatar.com/avatar/" + hashlib.md5(creds.user.email.lower().encode()).hexdigest()
