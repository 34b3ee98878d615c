"""Decorators of the service: they forward what they are given."""
import functools
import time


def timed(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        started = time.monotonic()
        try:
            return view(*args, **kwargs)
        finally:
            print("took", time.monotonic() - started)

    return wrapper


def audited(func):
    @functools.wraps(func)
    def inner(*args, **kwargs):
        print("call", func.__name__)
        return func(*args, **kwargs)

    return inner
