import re

HOSTNAME = re.compile(r"[a-z0-9][a-z0-9.-]{0,62}")


class Invalid(ValueError):
    pass


def check_host(name):
    if not HOSTNAME.fullmatch(name):
        raise Invalid(name)


def check_slug(value):
    if not re.fullmatch(r"[a-z0-9_]{1,32}", value):
        raise Invalid(value)
    return value


def as_int(value, default=0):
    try:
        return int(value)
    except (TypeError, ValueError):
        return default
