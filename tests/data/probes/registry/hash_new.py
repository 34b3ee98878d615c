# family: hash 327 328 916
import hashlib


def vuln_token_digest(token: str) -> str:
    return hashlib.new("md5", token.encode()).hexdigest()  # sink


def safe_token_digest(token: str) -> str:
    return hashlib.new("sha256", token.encode()).hexdigest()  # sink
