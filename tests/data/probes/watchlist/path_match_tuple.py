# family: path 22 23 36 73 99
# Round 32, second batch: a match on a tuple of the request's values, literal alternatives choosing a file's suffix;
# str.removesuffix; an asynccontextmanager yielding a path.
import os
from contextlib import asynccontextmanager

import aiofiles
from fastapi import FastAPI
from fastapi.responses import FileResponse

api = FastAPI()
BASE = "/srv/watchlist/exports"


@asynccontextmanager
async def opened(name: str):
    async with aiofiles.open(os.path.join(BASE, name)) as handle:  # sink
        yield handle


@api.get("/exports/{kind}")
async def vuln_match_tuple_capture(kind: str, fmt: str = "csv"):
    match (kind, fmt):
        case ("daily" | "weekly", "csv" | "json"):
            name = f"{kind}.{fmt}"
        case (_, suffix):
            name = f"daily.{suffix}"
    return FileResponse(os.path.join(BASE, name))  # sink


@api.get("/exports/safe/{kind}")
async def safe_match_tuple_alternatives(kind: str, fmt: str = "csv"):
    match (kind, fmt):
        case ("daily" | "weekly", "csv" | "json"):
            name = f"{kind}.{fmt}"
        case (_, _):
            name = "daily.csv"
    return FileResponse(os.path.join(BASE, name))  # sink


@api.get("/exports/stem/{name}")
async def vuln_removesuffix(name: str):
    return FileResponse(os.path.join(BASE, name.removesuffix(".csv") + ".csv"))  # sink


@api.get("/exports/stem/safe/{name}")
async def safe_removesuffix_basename(name: str):
    return FileResponse(os.path.join(BASE, os.path.basename(name).removesuffix(".csv") + ".csv"))  # sink


@api.get("/exports/text/{name}")
async def vuln_async_contextmanager(name: str):
    async with opened(name) as handle:
        return {"text": await handle.read()}


@api.get("/exports/text/safe/{name}")
async def safe_async_contextmanager(name: str):
    async with opened(os.path.basename(name)) as handle:
        return {"text": await handle.read()}
