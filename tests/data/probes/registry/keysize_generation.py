# family: keysize 326
from cryptography.hazmat.primitives.asymmetric import dsa, rsa


def vuln_signing_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=1024)  # sink


def safe_signing_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=3072)  # sink


def vuln_dsa_key():
    return dsa.generate_private_key(key_size=1024)  # sink


def safe_dsa_key():
    return dsa.generate_private_key(key_size=2048)  # sink
