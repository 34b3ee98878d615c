# family: ssrf 918
import aiohttp
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
PARTNERS = {"acme": "https://api.acme.example/v2/ping", "globex": "https://globex.example/health"}


class Check(BaseModel):
    partner: str
    endpoint: str = ""


async def _get_status(url):
    async with aiohttp.ClientSession() as http:
        async with http.get(url) as resp:  # sink
            return resp.status


@app.post("/partners/check")
async def vuln_partner_check(check: Check):
    return {"status": await _get_status(check.endpoint)}


@app.post("/partners/check/safe")
async def safe_partner_check(check: Check):
    url = PARTNERS.get(check.partner)
    if url is None:
        raise HTTPException(status_code=404)
    return {"status": await _get_status(url)}
