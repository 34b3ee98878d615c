"""Validators shared by the onboarding views."""

import re
from pathlib import Path

SORTABLE = frozenset({"opened_on", "last_name", "risk_score"})
UPLOADS = Path("/srv/onboarding/uploads")
CLIENT_REF = re.compile(r"[A-Z]{2}[0-9]{6}")


class ValidationError(Exception):
    pass


def is_sortable(column):
    return column in SORTABLE


def is_short(column):
    return len(column) <= 32


def require_ticker(symbol):
    if not re.fullmatch(r"[A-Z]{1,5}", symbol):
        raise ValidationError(f"not a ticker: {symbol!r}")


def require_nonempty(symbol):
    if not symbol.strip():
        raise ValidationError("empty ticker")


def within_uploads(path):
    return path.resolve().is_relative_to(UPLOADS)


def looks_like_upload(path):
    return path.suffix in {".pdf", ".png", ".jpg"}


def is_client_ref(ref):
    return CLIENT_REF.fullmatch(ref) is not None


def require_client_ref(ref):
    if CLIENT_REF.fullmatch(ref) is None:
        raise ValidationError(f"not a client reference: {ref!r}")


def is_safe_name(name):
    return re.fullmatch(r"[A-Za-z0-9_-]{1,64}", name) is not None
