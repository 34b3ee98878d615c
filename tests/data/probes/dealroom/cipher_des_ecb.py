# family: cipher 327 329 1204
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from flask import Flask, request

app = Flask(__name__)
ARCHIVE_KEY = bytes.fromhex(os.environ["ARCHIVE_KEY"])


@app.post("/archive/seal")
def vuln_seal():
    padder = padding.PKCS7(64).padder()
    data = padder.update(request.data) + padder.finalize()
    encryptor = Cipher(algorithms.TripleDES(ARCHIVE_KEY[:24]), modes.ECB()).encryptor()  # sink
    return encryptor.update(data) + encryptor.finalize()


@app.post("/archive/seal2")
def safe_seal():
    nonce = os.urandom(12)
    return nonce + AESGCM(ARCHIVE_KEY[:32]).encrypt(nonce, request.data, b"archive")  # sink
