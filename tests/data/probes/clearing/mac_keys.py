# family: key 321 798 329 1204
import hashlib
import hmac
import os

from Crypto.Cipher import AES
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF


def safe_derive_signing_key(master_key: bytes) -> bytes:
    return hmac.new(master_key, b"clearing/statement-signing/v1", hashlib.sha256).digest()


def safe_hkdf(master_key: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"clearing-exports").derive(master_key)


def safe_keyed_fingerprint(key: bytes, document: bytes) -> str:
    return hashlib.blake2b(document, key=key, digest_size=16).hexdigest()


def safe_webhook(secret: str, body: bytes) -> str:
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def vuln_webhook(body: bytes) -> str:
    return hmac.new(b"clearing-webhook-2026-x9Qv", body, hashlib.sha256).hexdigest()  # sink


def safe_gcm_default_nonce(key: bytes, data: bytes) -> tuple[bytes, bytes, bytes]:
    cipher = AES.new(key, AES.MODE_GCM)
    sealed, tag = cipher.encrypt_and_digest(data)
    return cipher.nonce, sealed, tag


def safe_cbc_random_iv(key: bytes, padded: bytes) -> bytes:
    iv = os.urandom(16)
    return iv + AES.new(key, AES.MODE_CBC, iv=iv).encrypt(padded)


def vuln_key_as_iv(key: bytes, padded: bytes) -> bytes:
    return AES.new(key, AES.MODE_CBC, iv=key[:16]).encrypt(padded)  # sink


def vuln_constant_iv(key: bytes, padded: bytes) -> bytes:
    return AES.new(key, AES.MODE_CBC, b"0123456789abcdef").encrypt(padded)  # sink
