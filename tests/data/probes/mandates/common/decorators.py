"""Decorators the controllers share: they read the request and hand the handler a value."""

import functools

from flask import request

from .config import region
from .validators import clean_client_id


def with_host(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        kwargs["host"] = request.args.get("host", "")
        return view(*args, **kwargs)

    return wrapper


def with_region(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        kwargs["region"] = region(request.args.get("region", ""))
        return view(*args, **kwargs)

    return wrapper


def with_client(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        return view(clean_client_id(request.args.get("client", "")), *args, **kwargs)

    return wrapper
