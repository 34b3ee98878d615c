# family: cipher 327
from Crypto.Cipher import AES, DES3
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def vuln_seal_archive(key: bytes, data: bytes) -> bytes:
    return AES.new(key, AES.MODE_ECB).encrypt(data)  # sink


def safe_seal_archive(key: bytes, data: bytes) -> bytes:
    cipher = AES.new(key, AES.MODE_GCM)  # sink
    sealed, tag = cipher.encrypt_and_digest(data)
    return cipher.nonce + tag + sealed


def vuln_legacy_vault(key: bytes, iv: bytes, data: bytes) -> bytes:
    return DES3.new(key, DES3.MODE_CBC, iv).encrypt(data)  # sink


def vuln_block(key: bytes, block: bytes) -> bytes:
    encryptor = Cipher(algorithms.AES(key), modes.ECB()).encryptor()  # sink
    return encryptor.update(block) + encryptor.finalize()


def safe_block(key: bytes, nonce: bytes, block: bytes) -> bytes:
    encryptor = Cipher(algorithms.AES(key), modes.GCM(nonce)).encryptor()  # sink
    return encryptor.update(block) + encryptor.finalize() + encryptor.tag
