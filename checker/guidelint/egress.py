"""The company's egress allow-list: hosts that outbound requests may go to. Configured once, in NET107's
options ([tool.guidelint.options.NET107] allowed_hosts / allow_private_ips), and honoured by every rule
about data leaving the company (NET107, CNF403)."""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence
from fnmatch import fnmatchcase
from typing import Any
from urllib.parse import urlsplit

OPTIONS_OF = "NET107"
DEFAULT_ALLOWED_HOSTS = ["localhost", "127.0.0.1", "::1", "*.internal", "*.local", "*.acme.internal"]


def host_allowed(host: str, patterns: Sequence[Any], allow_private_ips: bool) -> bool:
    """Whether a (lower-case) host matches the allow-list, or is a private address when those count."""
    if any(fnmatchcase(host, str(p).lower()) for p in patterns):
        return True
    if allow_private_ips:
        try:
            address = ipaddress.ip_address(host)
        except ValueError:
            return False
        return address.is_private or address.is_loopback or address.is_link_local
    return False


def url_host(url: str) -> str | None:
    """The lower-case host of an absolute http(s)/ws(s) URL, or None."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https", "ws", "wss") or not host:
        return None
    return host.lower()


def allowed_url(url: str, options: dict[str, dict[str, Any]]) -> bool:
    """Whether a constant URL goes to an allow-listed host, with the project's configuration."""
    host = url_host(url)
    own = options.get(OPTIONS_OF, {})
    return host is not None and host_allowed(
        host, own.get("allowed_hosts", DEFAULT_ALLOWED_HOSTS), bool(own.get("allow_private_ips", True))
    )
