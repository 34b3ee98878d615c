# family: hash 327 328 916
import hashlib
import hmac

from django.conf import settings


def vuln_document_signature(document: bytes) -> str:
    return hashlib.md5(settings.SIGNING_SALT.encode() + document).hexdigest()  # sink


def safe_document_signature(document: bytes) -> str:
    return hmac.new(settings.SIGNING_KEY.encode(), document, hashlib.sha256).hexdigest()  # sink


def vuln_api_key_digest(api_key: str) -> str:
    return hashlib.sha1(api_key.encode()).hexdigest()  # sink


def safe_api_key_digest(api_key: str) -> str:
    return hashlib.sha256(api_key.encode()).hexdigest()  # sink


def safe_cache_key(path: str, version: int) -> str:
    return hashlib.md5(f"{path}:{version}".encode(), usedforsecurity=False).hexdigest()


def safe_etag(body: bytes) -> str:
    return '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
