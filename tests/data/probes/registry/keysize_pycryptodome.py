# family: keysize 326
from Crypto.PublicKey import DSA, RSA
from cryptography.hazmat.primitives.asymmetric import dh


def vuln_archive_key():
    return RSA.generate(1024)  # sink


def safe_archive_key():
    return RSA.generate(3072)  # sink


def vuln_dh_parameters():
    return dh.generate_parameters(generator=2, key_size=1024)  # sink


def safe_dh_parameters():
    return dh.generate_parameters(generator=2, key_size=2048)  # sink


def vuln_sign_key():
    return DSA.generate(1024)  # sink
