# family: crypto 321 326 329 327
"""Encryption of the files the desk keeps for partners."""

import os

from cryptography.fernet import Fernet
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def safe_file_key() -> Fernet:
    return Fernet(os.environ["OPSDESK_FILE_KEY"].encode())


def safe_new_key() -> bytes:
    return Fernet.generate_key()


def safe_encrypt(key: bytes, data: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, data, b"opsdesk-file")


def safe_partner_keypair() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=3072)


def vuln_file_key() -> Fernet:
    return Fernet(b"q2VtZ3Jk0kKcW8y1c3f5nQ9Z3l5bHhvWmZ2cXh6cWs=")  # sink


def vuln_partner_keypair() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=1024)  # sink


def vuln_encrypt(key: bytes, data: bytes) -> bytes:
    encryptor = Cipher(algorithms.AES(key), modes.CTR(b"\x00" * 16)).encryptor()  # sink
    return encryptor.update(data) + encryptor.finalize()
