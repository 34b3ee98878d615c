"""Dependencies of the routes: return targets as classes, the caller's region, a login state."""
from typing import Annotated
from urllib.parse import urlsplit

from fastapi import Cookie, Depends, HTTPException, Query, Security
from fastapi.security import APIKeyHeader

REGIONS = {"emea": "emea", "apac": "apac", "amer": "amer"}
HOME_PAGES = {"drafts": "/notes/drafts", "book": "/notes/book", "home": "/"}

region_header = APIKeyHeader(name="X-Region")


class ReturnTarget:
    def __init__(self, next: Annotated[str, Query()] = "/") -> None:
        self.next = next


class CheckedReturnTarget:
    def __init__(self, next: Annotated[str, Query()] = "/") -> None:
        parts = urlsplit(next)
        if parts.scheme or parts.netloc or not next.startswith("/") or next.startswith("//"):
            raise HTTPException(400, "bad return target")
        self.next = next


def caller_region(region: str = Security(region_header)) -> str:
    return region


def checked_region(region: str = Security(region_header)) -> str:
    if region not in REGIONS:
        raise HTTPException(403, "unknown region")
    return REGIONS[region]


async def login_state(state: Annotated[str | None, Cookie()] = None):
    yield state or "/"


async def login_page(page: Annotated[str | None, Cookie()] = None):
    yield HOME_PAGES.get(page or "home", "/")


Region = Annotated[str, Depends(caller_region)]
CheckedRegion = Annotated[str, Depends(checked_region)]
