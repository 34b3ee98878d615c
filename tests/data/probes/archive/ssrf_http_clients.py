# family: ssrf 918
from urllib.parse import urlparse

import aiohttp
import httpx
import urllib3
from fastapi import FastAPI, HTTPException

app = FastAPI()
SOURCES = {"sec.gov", "www.sec.gov", "data.archive-partner.com"}
api = httpx.Client(timeout=10, headers={"User-Agent": "archive-fetcher"})
http = urllib3.PoolManager(timeout=10.0)


def _allowed(url: str) -> bool:
    parts = urlparse(url)
    return parts.scheme == "https" and parts.hostname in SOURCES


@app.post("/sources/fetch")
def vuln_fetch_source(url: str):
    return {"body": api.get(url).text[:2000]}  # sink


@app.post("/sources/fetch/v2")
def safe_fetch_source(url: str):
    if not _allowed(url):
        raise HTTPException(400, "source not allowed")
    return {"body": api.get(url).text[:2000]}


@app.post("/sources/head")
def vuln_source_size(url: str):
    return {"size": http.request("HEAD", url).headers.get("Content-Length")}  # sink


@app.post("/sources/head/v2")
def safe_source_size(url: str):
    if not _allowed(url):
        raise HTTPException(400, "source not allowed")
    return {"size": http.request("HEAD", url).headers.get("Content-Length")}


@app.post("/sources/preview")
async def vuln_preview_source(url: str):
    async with aiohttp.ClientSession() as web:
        async with web.get(url, timeout=aiohttp.ClientTimeout(total=10)) as resp:  # sink
            return {"status": resp.status, "body": (await resp.text())[:500]}


@app.post("/sources/preview/v2")
async def safe_preview_source(url: str):
    if not _allowed(url):
        raise HTTPException(400, "source not allowed")
    async with aiohttp.ClientSession() as web:
        async with web.get(url, timeout=aiohttp.ClientTimeout(total=10)) as resp:
            return {"status": resp.status, "body": (await resp.text())[:500]}


@app.post("/sources/check")
async def vuln_check_source(url: str):
    async with httpx.AsyncClient(timeout=5) as ac:
        resp = await ac.head(url)  # sink
    return {"status": resp.status_code}


@app.post("/sources/check/v2")
async def safe_check_source(url: str):
    if not _allowed(url):
        raise HTTPException(400, "source not allowed")
    async with httpx.AsyncClient(timeout=5) as ac:
        resp = await ac.head(url)
    return {"status": resp.status_code}
