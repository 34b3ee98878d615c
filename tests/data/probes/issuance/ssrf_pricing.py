# family: ssrf 918
import asyncio
from enum import Enum
from typing import Annotated

import httpx
from fastapi import APIRouter, BackgroundTasks, Depends, Header

from .shared.schemas import LooseWebhook, NoteDraft, PriceSource, Webhook
from .shared.services import PricingClient, get_pricing, notify

router = APIRouter(prefix="/pricing", tags=["pricing"])
PARTNERS = {"clearstream": "https://api.clearstream.example/notify", "euroclear": "https://api.euroclear.example/notify"}


class Region(str, Enum):
    EMEA = "emea"
    APAC = "apac"


@router.post("/deliver")
async def vuln_nested_callback(draft: NoteDraft):
    async with httpx.AsyncClient() as client:
        await client.post(draft.delivery.callback_url, json={"issuer": draft.issuer})  # sink
    return {"sent": True}


@router.post("/deliver/partner")
async def safe_nested_partner(draft: NoteDraft):
    async with httpx.AsyncClient() as client:
        await client.post(PARTNERS[draft.delivery.partner], json={"issuer": draft.issuer})  # sink
    return {"sent": True}


@router.get("/quote")
async def vuln_region_header(x_region: Annotated[str, Header()]):
    async with httpx.AsyncClient() as client:
        response = await client.get(f"https://{x_region}.prices.internal/quote")  # sink
    return response.json()


@router.get("/quote/checked")
async def safe_region_header(x_region: Annotated[Region, Header()]):
    async with httpx.AsyncClient() as client:
        response = await client.get(f"https://{x_region.value}.prices.internal/quote")  # sink
    return response.json()


@router.post("/source")
async def vuln_service_fetch(source: LooseWebhook, pricing: Annotated[PricingClient, Depends(get_pricing)]):
    return await pricing.fetch(source.target)  # sink


@router.post("/source/checked")
async def safe_service_fetch(source: PriceSource, pricing: Annotated[PricingClient, Depends(get_pricing)]):
    return await pricing.fetch(source.url)  # sink


@router.post("/many")
async def vuln_gather_urls(urls: list[str]):
    async with httpx.AsyncClient() as client:
        responses = await asyncio.gather(*(client.get(u) for u in urls))  # sink
    return [r.status_code for r in responses]


@router.post("/many/ids")
async def safe_gather_ids(ids: list[int]):
    async with httpx.AsyncClient() as client:
        responses = await asyncio.gather(*(client.get(f"https://prices.internal/notes/{i}") for i in ids))  # sink
    return [r.status_code for r in responses]


@router.post("/hook")
async def vuln_background_hook(hook: LooseWebhook, background: BackgroundTasks):
    background.add_task(notify, hook.target, {"event": "priced"})  # sink
    return {"queued": True}


@router.post("/hook/checked")
async def safe_background_hook(hook: Webhook, background: BackgroundTasks):
    background.add_task(notify, hook.target, {"event": "priced"})  # sink
    return {"queued": True}
