# family: iv 329 1204
import os

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

ZERO_IV = bytes(16)


def vuln_encrypt_note(key, padded):
    encryptor = Cipher(algorithms.AES(key), modes.CBC(ZERO_IV)).encryptor()  # sink
    return encryptor.update(padded) + encryptor.finalize()


def safe_encrypt_note(key, padded):
    iv = os.urandom(16)
    encryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()  # sink
    return iv + encryptor.update(padded) + encryptor.finalize()


def vuln_seal(key, data):
    return AESGCM(key).encrypt(b"registry-iv1", data, None)  # sink


def safe_seal(key, data):
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, data, None)  # sink
