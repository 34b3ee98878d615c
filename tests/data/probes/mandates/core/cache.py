"""A module-level cache shared by the handlers of one worker."""

LAST = {}


def remember(key, value):
    LAST[key] = value


def recalled(key):
    return LAST.get(key, "")
