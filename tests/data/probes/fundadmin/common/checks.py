"""Validators and sanitizers of the fund-administration service."""
import re

from flask import abort

FUND_CODE = re.compile(r"[A-Z]{2}[0-9]{4}")
SHARE_CLASSES = frozenset({"A", "B", "I", "R"})


class InvalidFund(ValueError):
    pass


def require_fund_code(code):
    """Raise unless code is a fund code."""
    if not FUND_CODE.fullmatch(code):
        raise InvalidFund(code)


def clean_fund_code(code):
    """The fund code, or a 400 answer."""
    if not FUND_CODE.fullmatch(code):
        abort(400)
    return code


def trimmed_fund_code(code):
    """The near miss: only trims."""
    return code.strip().upper()


def safe_share_class(value):
    """The share class when it is one of ours, else the retail one."""
    return value if value in SHARE_CLASSES else "R"


def is_fund_code(code):
    return FUND_CODE.fullmatch(code) is not None


def check_or_abort(code):
    if not is_fund_code(code):
        abort(404)


def log_if_odd(code):
    """The near miss: only logs."""
    if not is_fund_code(code):
        print("odd fund code", code)


def period_or_abort(period):
    """A refusal that ends the request by abort() rather than a raise."""
    if not period.isalnum():
        abort(400)


def period_or_log(period):
    if not period.isalnum():
        print("odd period", period)
