# family: sql 89
import aiosqlite
import asyncpg
from fastapi import FastAPI

app = FastAPI()
DSN = "postgresql://archive@db.internal/archive"


@app.get("/issuers/{ticker}/filings")
async def vuln_issuer_filings(ticker: str):
    conn = await asyncpg.connect(DSN)
    try:
        rows = await conn.fetch(f"SELECT ref, title FROM filings WHERE ticker = '{ticker}'")  # sink
    finally:
        await conn.close()
    return [dict(r) for r in rows]


@app.get("/issuers/{ticker}/filings/v2")
async def safe_issuer_filings(ticker: str):
    conn = await asyncpg.connect(DSN)
    try:
        rows = await conn.fetch("SELECT ref, title FROM filings WHERE ticker = $1", ticker)
    finally:
        await conn.close()
    return [dict(r) for r in rows]


@app.get("/bookmarks")
async def vuln_bookmarks(owner: str):
    async with aiosqlite.connect("/srv/archive/bookmarks.db") as db:
        async with db.execute(f"SELECT ref FROM bookmarks WHERE owner = '{owner}'") as cursor:  # sink
            return [row[0] async for row in cursor]


@app.get("/bookmarks/v2")
async def safe_bookmarks(owner: str):
    async with aiosqlite.connect("/srv/archive/bookmarks.db") as db:
        async with db.execute("SELECT ref FROM bookmarks WHERE owner = ?", (owner,)) as cursor:
            return [row[0] async for row in cursor]
