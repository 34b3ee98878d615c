# family: ssrf 918
import requests
from fastapi import FastAPI, Query

from .adapters.http import with_retry
from .services.research import gather_partners, gather_urls
from .settings import STATUS_URL

api = FastAPI()


@api.get("/research/feeds")
async def vuln_feeds(urls: list[str] = Query()):
    return await gather_urls(urls)  # sink


@api.get("/research/partners")
async def safe_partners(names: list[str] = Query()):
    return await gather_partners(names)


@api.get("/research/hook")
def vuln_hook(url: str):
    return with_retry(requests.get, url).status_code  # sink


@api.get("/research/status")
def safe_status():
    return with_retry(requests.get, STATUS_URL).status_code
