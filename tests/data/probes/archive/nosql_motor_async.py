# family: nosql 943
from fastapi import FastAPI
from motor.motor_asyncio import AsyncIOMotorClient
from pydantic import BaseModel

app = FastAPI()
archive = AsyncIOMotorClient("mongodb://mongo.internal:27017")["archive"]


class Lookup(BaseModel):
    query: dict
    limit: int = 20


@app.post("/notes/query")
async def vuln_query_notes(lookup: Lookup):
    cursor = archive.notes.find(lookup.query, {"_id": 0})  # sink
    return await cursor.to_list(length=lookup.limit)


@app.get("/notes/by-ticker")
async def safe_notes_by_ticker(ticker: str, limit: int = 20):
    cursor = archive.notes.find({"ticker": ticker}, {"_id": 0})
    return await cursor.to_list(length=limit)


@app.delete("/notes")
async def vuln_delete_notes(lookup: Lookup):
    result = await archive.notes.delete_many(lookup.query)  # sink
    return {"deleted": result.deleted_count}


@app.delete("/notes/by-ticker")
async def safe_delete_notes(ticker: str):
    result = await archive.notes.delete_many({"ticker": ticker, "draft": True})
    return {"deleted": result.deleted_count}
