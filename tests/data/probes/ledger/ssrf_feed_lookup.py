# family: ssrf 918
import httpx
from fastapi import FastAPI

app = FastAPI()
FEEDS = {
    "ecb": "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml",
    "boe": "https://www.bankofengland.co.uk/boeapps/database/rates.xml",
}


@app.get("/preview")
async def vuln_preview(url: str):
    async with httpx.AsyncClient() as client:
        reply = await client.get(url)  # sink
    return {"status": reply.status_code, "size": len(reply.content)}


@app.get("/preview/named")
async def safe_preview(feed: str):
    url = FEEDS[feed]
    async with httpx.AsyncClient() as client:
        reply = await client.get(url)  # sink
    return {"status": reply.status_code, "size": len(reply.content)}
