"""Redirect targets of the portal."""
from urllib.parse import urljoin, urlparse

from flask import request


def is_safe_redirect(target):
    ref = urlparse(request.host_url)
    test = urlparse(urljoin(request.host_url, target))
    return test.scheme in ("http", "https") and ref.netloc == test.netloc


def next_target():
    return request.args.get("next") or request.form.get("next")
