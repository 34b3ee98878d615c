# family: sql 89
from datetime import datetime

from fastapi import FastAPI, Request
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine

from .models import Note

app = FastAPI()
engine = create_async_engine("postgresql+asyncpg://blackout@db/blackout")
Session = async_sessionmaker(engine, expire_on_commit=False)

SORTS = {"newest": "published_at DESC", "oldest": "published_at", "ticker": "ticker"}


@app.get("/restricted")
async def vuln_restricted_lookup(request: Request):
    ticker = request.query_params["ticker"]
    async with Session() as session:
        rows = await session.execute(text(f"SELECT reason FROM restricted WHERE ticker = '{ticker}'"))  # sink
        return [dict(r._mapping) for r in rows]


@app.get("/restricted/safe")
async def safe_restricted_lookup(request: Request):
    ticker = request.query_params["ticker"]
    async with Session() as session:
        rows = await session.execute(text("SELECT reason FROM restricted WHERE ticker = :t"), {"t": ticker})  # sink
        return [dict(r._mapping) for r in rows]


@app.get("/notes")
async def vuln_sorted_notes(request: Request):
    sort = request.query_params.get("sort", "published_at")
    async with AsyncSession(engine) as session:
        notes = await session.scalars(select(Note).order_by(text(sort)))  # sink
        return [n.title for n in notes]


@app.get("/notes/safe")
async def safe_sorted_notes(request: Request):
    sort = SORTS.get(request.query_params.get("sort", ""), "published_at")
    async with AsyncSession(engine) as session:
        notes = await session.scalars(select(Note).order_by(text(sort)))  # sink
        return [n.title for n in notes]


@app.get("/blackouts/on")
async def vuln_blackouts_on_day(request: Request):
    day = request.query_params["day"].strip()
    async with Session() as session:
        rows = await session.execute(text(f"SELECT ticker FROM blackout WHERE '{day}' BETWEEN starts AND ends"))  # sink
        return [r.ticker for r in rows]


@app.get("/blackouts/on/safe")
async def safe_blackouts_on_day(request: Request):
    day = datetime.strptime(request.query_params["day"], "%Y-%m-%d").date()
    async with Session() as session:
        rows = await session.execute(text(f"SELECT ticker FROM blackout WHERE '{day}' BETWEEN starts AND ends"))  # sink
        return [r.ticker for r in rows]


@app.get("/blackouts/since")
async def vuln_blackouts_since(request: Request):
    stamp = request.query_params["since"]
    since = stamp if stamp else datetime.now().isoformat()
    async with Session() as session:
        rows = await session.execute(text(f"SELECT ticker FROM blackout WHERE starts >= '{since}'"))  # sink
        return [r.ticker for r in rows]


@app.get("/blackouts/since/safe")
async def safe_blackouts_since(request: Request):
    since = datetime.strptime(request.query_params["since"], "%Y-%m-%dT%H:%M")
    async with Session() as session:
        rows = await session.execute(text(f"SELECT ticker FROM blackout WHERE starts >= '{since.isoformat()}'"))  # sink
        return [r.ticker for r in rows]
