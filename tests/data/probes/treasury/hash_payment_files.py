# family: hash 328 327 916 759
"""Checksums of payment files: the algorithm named by a constant of the code."""
import hashlib
import hmac

from .settings import HASH_ALGORITHM

LEGACY_DIGEST = "md5"
DIGESTS = {"current": "sha256", "bank-legacy": "sha1"}


def safe_file_checksum(data):
    return hashlib.new(HASH_ALGORITHM, data).hexdigest()


def vuln_file_checksum(data):
    return hashlib.new(LEGACY_DIGEST, data).hexdigest()  # sink


def safe_picked_checksum(data):
    return hashlib.new(DIGESTS["current"], data).hexdigest()


def vuln_picked_checksum(data):
    return hashlib.new(DIGESTS["bank-legacy"], data).hexdigest()  # sink


def safe_signature(key, payload):
    return hmac.new(key, payload, getattr(hashlib, HASH_ALGORITHM)).hexdigest()


class SafeFileSigner:
    DIGEST = "sha512"

    def safe_digest(self, data):
        return hashlib.new(self.DIGEST, data).hexdigest()
