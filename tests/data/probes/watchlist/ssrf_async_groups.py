# family: ssrf 918
# Round 32: async code of 3.11: asyncio.TaskGroup results, except* groups, async comprehensions and generators,
# async with clients, typing.Literal parameters of FastAPI, match on a parsed URL.
import asyncio
from typing import Literal
from urllib.parse import ParseResult, urlparse

import httpx
from fastapi import FastAPI, Request

from .helpers import echo_host, partner_host

api = FastAPI()
PARTNERS = frozenset({"feed-emea.internal", "feed-apac.internal"})


async def client_hosts(request: Request):
    for name in request.query_params.getlist("host"):
        yield name


async def partner_hosts(request: Request):
    for name in request.query_params.getlist("host"):
        if name in PARTNERS:
            yield name


@api.get("/lists/pull")
async def vuln_task_group_result(host: str):
    async with asyncio.TaskGroup() as tg:
        task = tg.create_task(echo_host(host))
    async with httpx.AsyncClient() as client:
        return (await client.get(f"https://{task.result()}/watchlist.json")).json()  # sink


@api.get("/lists/pull/safe")
async def safe_task_group_result(host: str):
    async with asyncio.TaskGroup() as tg:
        task = tg.create_task(partner_host(host))
    async with httpx.AsyncClient() as client:
        return (await client.get(f"https://{task.result()}/watchlist.json")).json()  # sink


@api.get("/lists/check")
async def vuln_except_star_logs(url: str):
    try:
        if urlparse(url).hostname not in PARTNERS:
            raise ExceptionGroup("refused", [ValueError(url)])
    except* ValueError:
        print("unknown partner")
    async with httpx.AsyncClient() as client:
        return (await client.get(url)).json()  # sink


@api.get("/lists/check/safe")
async def safe_except_star_returns(url: str):
    try:
        if urlparse(url).hostname not in PARTNERS:
            raise ExceptionGroup("refused", [ValueError(url)])
    except* ValueError:
        return {"error": "unknown partner"}
    async with httpx.AsyncClient() as client:
        return (await client.get(url)).json()  # sink


@api.get("/lists/many")
async def vuln_async_comprehension(request: Request):
    hosts = [h async for h in client_hosts(request)]
    async with httpx.AsyncClient() as client:
        return [(await client.get(f"https://{h}/list")).json() for h in hosts]  # sink


@api.get("/lists/many/safe")
async def safe_async_comprehension(request: Request):
    hosts = [h async for h in partner_hosts(request)]
    async with httpx.AsyncClient() as client:
        return [(await client.get(f"https://{h}/list")).json() for h in hosts]  # sink


@api.get("/lists/each")
async def vuln_async_for(request: Request):
    out = []
    async with httpx.AsyncClient() as client:
        async for h in client_hosts(request):
            out.append((await client.get(f"https://{h}/list")).json())  # sink
    return out


@api.get("/lists/each/safe")
async def safe_async_for(request: Request):
    out = []
    async with httpx.AsyncClient() as client:
        async for h in partner_hosts(request):
            out.append((await client.get(f"https://{h}/list")).json())  # sink
    return out


@api.get("/lists/region")
async def vuln_plain_str_region(region: str):
    async with httpx.AsyncClient() as client:
        return (await client.get(f"https://feed-{region}.internal/list")).json()  # sink


@api.get("/lists/region/safe")
async def safe_literal_region(region: Literal["emea", "apac"]):
    async with httpx.AsyncClient() as client:
        return (await client.get(f"https://feed-{region}.internal/list")).json()  # sink


@api.get("/lists/url")
async def vuln_match_parsed_url(url: str):
    match urlparse(url):
        case ParseResult(scheme="https", netloc=host):
            async with httpx.AsyncClient() as client:
                return (await client.get(f"https://{host}/list")).json()  # sink
        case _:
            return {"error": "https only"}


@api.get("/lists/url/safe")
async def safe_match_parsed_url_guard(url: str):
    match urlparse(url):
        case ParseResult(scheme="https", netloc=host) if host in PARTNERS:
            async with httpx.AsyncClient() as client:
                return (await client.get(f"https://{host}/list")).json()  # sink
        case _:
            return {"error": "unknown partner"}


@api.get("/lists/gather")
async def vuln_gather_star(request: Request):
    hosts = request.query_params.getlist("host")
    async with httpx.AsyncClient() as client:
        pages = await asyncio.gather(*(client.get(f"https://{h}/list") for h in hosts))  # sink
    return [p.json() for p in pages]


@api.get("/lists/gather/safe")
async def safe_gather_star(request: Request):
    hosts = [h for h in request.query_params.getlist("host") if h in PARTNERS]
    async with httpx.AsyncClient() as client:
        pages = await asyncio.gather(*(client.get(f"https://{h}/list") for h in hosts))  # sink
    return [p.json() for p in pages]
