# family: cipher 327
from Crypto.Cipher import ARC4, Blowfish
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305


def vuln_rc4(key, data):
    return ARC4.new(key).encrypt(data)  # sink


def vuln_blowfish(key, data):
    return Blowfish.new(key, Blowfish.MODE_ECB).encrypt(data)  # sink


def safe_chacha(key, nonce, data):
    return ChaCha20Poly1305(key).encrypt(nonce, data, None)  # sink
