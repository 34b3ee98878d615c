# family: crypto 327 326 329 1204 321 798 757
import os
import ssl

from cryptography.fernet import Fernet
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def safe_statement_key() -> bytes:
    return os.urandom(16)


def safe_seal(key: bytes, data: bytes, member: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, data, member)


def vuln_seal(key: bytes, data: bytes) -> bytes:
    nonce = b"\x00" * 12
    return AESGCM(key).encrypt(nonce, data, None)  # sink


def safe_gcm_cipher(key: bytes, data: bytes) -> bytes:
    iv = os.urandom(12)
    encryptor = Cipher(algorithms.AES(key), modes.GCM(iv)).encryptor()
    return iv + encryptor.update(data) + encryptor.finalize() + encryptor.tag


def vuln_ecb(key: bytes, block: bytes) -> bytes:
    encryptor = Cipher(algorithms.AES(key), modes.ECB()).encryptor()  # sink
    return encryptor.update(block) + encryptor.finalize()


def safe_signing_keys():
    rsa_key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
    ec_key = ec.generate_private_key(ec.SECP256R1())
    return rsa_key, ec_key


def vuln_signing_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=1024)  # sink


def safe_fernet() -> Fernet:
    return Fernet(os.environ["CLEARING_FERNET_KEY"])


def vuln_fernet() -> Fernet:
    return Fernet(b"q1Yx3lJc8dV0m2Zr5tW9uK4hN7bA6sE0fG3iL8oP2rQ=")  # sink


def safe_tls_floor() -> ssl.SSLContext:
    context = ssl.create_default_context()
    context.options |= ssl.OP_NO_TLSv1 | ssl.OP_NO_TLSv1_1
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def vuln_tls_legacy() -> ssl.SSLContext:
    context = ssl.create_default_context()
    context.minimum_version = ssl.TLSVersion.TLSv1  # sink
    return context
