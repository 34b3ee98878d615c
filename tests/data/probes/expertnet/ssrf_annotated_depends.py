# family: ssrf 918
from typing import Annotated, Literal

import httpx
from fastapi import Depends, FastAPI, Header, Query

app = FastAPI()
CALENDAR_HOSTS = {"google": "https://calendar.google.example", "outlook": "https://outlook.example"}


def calendar_base(x_calendar: Annotated[str, Header()]) -> str:
    return x_calendar


def vetted_calendar_base(x_calendar: Annotated[str, Header()]) -> str:
    return CALENDAR_HOSTS.get(x_calendar, CALENDAR_HOSTS["google"])


CalendarBase = Annotated[str, Depends(calendar_base)]
VettedBase = Annotated[str, Depends(vetted_calendar_base)]


@app.get("/availability")
async def vuln_annotated_query(feed: Annotated[str, Query()]):
    async with httpx.AsyncClient() as client:
        return (await client.get(feed)).json()  # sink


@app.get("/availability/region")
async def safe_annotated_literal(region: Annotated[Literal["emea", "apac"], Query()]):
    async with httpx.AsyncClient() as client:
        return (await client.get(f"https://{region}.availability.example/slots")).json()  # sink


@app.get("/availability/calendar")
async def vuln_annotated_dependency(base: CalendarBase):
    async with httpx.AsyncClient() as client:
        return (await client.get(f"{base}/free-busy")).json()  # sink


@app.get("/availability/calendar/safe")
async def safe_annotated_dependency(base: VettedBase):
    async with httpx.AsyncClient() as client:
        return (await client.get(f"{base}/free-busy")).json()  # sink


@app.get("/availability/calendar/inline")
async def vuln_inline_depends(base: Annotated[str, Depends(calendar_base)]):
    async with httpx.AsyncClient() as client:
        return (await client.get(f"{base}/free-busy")).json()  # sink


@app.get("/availability/calendar/inline/safe")
async def safe_inline_depends(base: Annotated[str, Depends(vetted_calendar_base)]):
    async with httpx.AsyncClient() as client:
        return (await client.get(f"{base}/free-busy")).json()  # sink
