# family: ssrf 918
import requests
from ninja import Router

router = Router()
FEEDS = {"lseg": "https://api.lseg.example.com/quotes", "ice": "https://feeds.ice.example.com/quotes"}


@router.get("/ninja/preview")
def vuln_preview(request, url: str):
    return {"body": requests.get(url, timeout=5).text}  # sink


@router.get("/ninja/preview/safe")
def safe_preview(request, feed: str):
    return {"body": requests.get(FEEDS.get(feed, FEEDS["lseg"]), timeout=5).text}  # sink
