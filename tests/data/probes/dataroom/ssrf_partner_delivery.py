# family: ssrf 918
from typing import Literal

import httpx
from fastapi import FastAPI, HTTPException

from .core.schemas import Callback, PartnerCallback
from .core.settings import settings
from .core.storage import client_store
from .core.tasks import deliver

app = FastAPI()
PARTNERS = {"north": "https://north.partner.example/inbox", "south": "https://south.partner.example/inbox"}


@app.post("/exports/{report_id}/callback")
async def vuln_body_callback(report_id: int, body: Callback):
    async with httpx.AsyncClient(timeout=10) as client:
        await client.post(str(body.url), json={"report": report_id})  # sink
    return {"sent": True}


@app.post("/exports/{report_id}/callback/partner")
async def safe_partner_callback(report_id: int, body: PartnerCallback):
    async with httpx.AsyncClient(timeout=10) as client:
        await client.post(str(body.url), json={"report": report_id})  # sink
    return {"sent": True}


@app.get("/mirror")
async def vuln_built_request(url: str):
    async with httpx.AsyncClient(timeout=10) as client:
        req = client.build_request("GET", url)  # sink
        reply = await client.send(req)  # sink
    return reply.json()


@app.get("/mirror/{partner}")
async def safe_built_request(partner: str):
    if partner not in PARTNERS:
        raise HTTPException(404)
    async with httpx.AsyncClient(timeout=10) as client:
        req = client.build_request("GET", PARTNERS[partner])  # sink
        reply = await client.send(req)  # sink
    return reply.json()


@app.get("/partner/fetch")
async def vuln_base_url_target(target: str):
    async with httpx.AsyncClient(base_url=str(settings.partner_base), timeout=10) as client:
        reply = await client.get(target)  # sink
    return reply.json()


@app.get("/partner/reports/{report_id}")
async def safe_base_url_report(report_id: int):
    async with httpx.AsyncClient(base_url=str(settings.partner_base), timeout=10) as client:
        reply = await client.get(f"/reports/{report_id}")  # sink
    return reply.json()


@app.post("/exports/{report_id}/deliver")
def vuln_deliver_later(report_id: int, body: Callback):
    deliver.delay(str(body.url), report_id)  # sink
    return {"queued": True}


@app.post("/exports/{report_id}/deliver/partner")
def safe_deliver_later(report_id: int, body: PartnerCallback):
    deliver.delay(str(body.url), report_id)  # sink
    return {"queued": True}


@app.get("/byob/objects")
def vuln_own_bucket(endpoint: str, bucket: str):
    store = client_store(endpoint)  # sink
    return store.list_objects_v2(Bucket=bucket)["KeyCount"]


@app.get("/byob/objects/regional")
def safe_own_bucket(region: Literal["eu-central-1", "eu-west-1"], bucket: str):
    store = client_store(f"https://s3.{region}.amazonaws.com")  # sink
    return store.list_objects_v2(Bucket=bucket)["KeyCount"]
