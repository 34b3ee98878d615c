# family: nosql 943
from fastapi import FastAPI, Request
from motor.motor_asyncio import AsyncIOMotorClient

api = FastAPI()
store = AsyncIOMotorClient("mongodb://mongo.internal:27017")["research"]


@api.post("/citations/lookup")
async def vuln_citation_lookup(request: Request):
    payload = await request.json()
    doc = await store.citations.find_one({"doi": payload.get("doi")})  # sink
    return {"title": doc["title"] if doc else None}


@api.post("/citations/lookup/v2")
async def safe_citation_lookup(request: Request):
    payload = await request.json()
    doi = payload.get("doi")
    if not isinstance(doi, str):
        return {"error": "doi must be text"}
    doc = await store.citations.find_one({"doi": doi})  # sink
    return {"title": doc["title"] if doc else None}


@api.get("/citations/text")
async def vuln_citation_text(q: str):
    cursor = store.citations.find({"$where": f"this.abstract.indexOf('{q}') >= 0"})  # sink
    return [c["doi"] async for c in cursor]


@api.get("/citations/text/v2")
async def safe_citation_text(q: str):
    # a full-text search string is only data: $text parses words and phrases, it runs nothing
    cursor = store.citations.find({"$text": {"$search": q}})  # sink
    return [c["doi"] async for c in cursor]
