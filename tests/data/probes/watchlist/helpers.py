"""Helpers of the watch-list service: positional-only and keyword-only parameters, cached and generator helpers."""
import os
import shlex
from contextlib import contextmanager
from functools import cache

BASE = "/srv/watchlist/exports"
HOSTS = {"emea": "feed-emea.internal", "apac": "feed-apac.internal"}


def report_cmd(kind: str, /, *, desk: str) -> str:
    return f"watch-report --kind {kind} --desk {shlex.quote(desk)}"


@cache
def tidy_name(name: str) -> str:
    return name.strip()


@cache
def leaf_name(name: str) -> str:
    return os.path.basename(name)


@contextmanager
def staged(name: str):
    path = os.path.join(BASE, name)
    yield path


@contextmanager
def staged_leaf(name: str):
    path = os.path.join(BASE, os.path.basename(name))
    yield path


async def echo_host(name: str) -> str:
    return name


async def partner_host(name: str) -> str:
    return HOSTS.get(name, "feed-emea.internal")
