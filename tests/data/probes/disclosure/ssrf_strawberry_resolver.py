# family: ssrf 918
from urllib.parse import urlparse

import requests
import strawberry

LOGO_HOSTS = {"cdn.issuer-media.example", "static.exchange.example"}


# a resolver function given to strawberry.field(resolver=...): its parameters are the field's arguments
def vuln_fetch_logo(url: str) -> str:
    return requests.get(url, timeout=5).headers.get("ETag", "")  # sink


def safe_fetch_logo(url: str) -> str:
    if urlparse(url).hostname not in LOGO_HOSTS:
        raise ValueError("logo host not allowed")
    return requests.get(url, timeout=5).headers.get("ETag", "")  # sink


@strawberry.type
class Query:
    logo: str = strawberry.field(resolver=vuln_fetch_logo)
    checked_logo: str = strawberry.field(resolver=safe_fetch_logo)
