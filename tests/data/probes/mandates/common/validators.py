"""Validators and quoting helpers shared by the web layer and the services."""

import os
import re
import shlex

from markupsafe import escape

CLIENT_ID = re.compile(r"[A-Z]{2}[0-9]{6}")


class InvalidInput(ValueError):
    pass


def clean_client_id(value):
    """The client id, upper-cased, or an error: only [A-Z]{2}[0-9]{6} passes."""
    value = value.strip().upper()
    if not CLIENT_ID.fullmatch(value):
        raise InvalidInput("client id")
    return value


def normalise_client(value):
    """Looks like a validator, but only tidies the value: any text passes."""
    return value.strip().upper()


def document_name(value):
    """A bare file name: no directory part, no dot files."""
    name = os.path.basename(value)
    if not name or name.startswith("."):
        raise InvalidInput("document")
    return name


def strip_slashes(value):
    """Looks like a path cleaner, but '../' in the middle stays."""
    return value.strip("/")


def quote_arg(value):
    return shlex.quote(value)


def wrap_quotes(value):
    """Looks like quoting, but a quote in the value closes it."""
    return f"'{value}'"


def escape_html(value):
    return escape(value)


def tidy_html(value):
    """Looks like a sanitizer, but only trims."""
    return value.strip()


def is_partner_host(url):
    from urllib.parse import urlparse

    return urlparse(url).hostname in {"feeds.lseg.example", "research.six.example"}
