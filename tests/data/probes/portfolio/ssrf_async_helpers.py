# family: ssrf 918
import httpx
from fastapi import FastAPI, Request

from . import reports

app = FastAPI()


@app.get("/partners/quote")
async def vuln_partner_quote(request: Request):
    url = await reports.partner_url(request)
    async with httpx.AsyncClient() as client:
        return (await client.get(url)).json()  # sink


@app.get("/partners/quote/safe")
async def safe_partner_quote(request: Request):
    url = await reports.partner_base()
    async with httpx.AsyncClient() as client:
        return (await client.get(url, params={"isin": request.query_params.get("isin")})).json()  # sink


@app.get("/partners/feeds")
async def vuln_feeds(request: Request):
    out = []
    async with httpx.AsyncClient() as client:
        async for url in reports.requested_feeds(request):
            out.append((await client.get(url)).status_code)  # sink
    return out


@app.get("/partners/feeds/safe")
async def safe_feeds(request: Request):
    out = []
    async with httpx.AsyncClient() as client:
        async for url in reports.known_feeds():
            out.append((await client.get(url)).status_code)  # sink
    return out
