# family: sql 89
from fastapi import Depends, FastAPI
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from .core.db import get_session
from .core.schemas import Account, CheckedExport, ExportRequest, RoomQuery, RoomSeries

app = FastAPI()


@app.post("/exports/by-title")
async def vuln_title_upper(body: ExportRequest, session: AsyncSession = Depends(get_session)):
    rows = await session.execute(text(f"SELECT id FROM exports WHERE title = '{body.title}'"))  # sink
    return rows.scalars().all()


@app.post("/exports/by-ticker")
async def safe_ticker_checked(body: ExportRequest, session: AsyncSession = Depends(get_session)):
    rows = await session.execute(text(f"SELECT id FROM exports WHERE ticker = '{body.ticker}'"))  # sink
    return rows.scalars().all()


@app.post("/rooms/by-name")
async def vuln_room_name(q: RoomQuery, session: AsyncSession = Depends(get_session)):
    rows = await session.execute(text(f"SELECT id FROM documents WHERE room = '{q.room}'"))  # sink
    return rows.scalars().all()


@app.post("/rooms/by-kind")
async def safe_room_kind(q: RoomQuery, session: AsyncSession = Depends(get_session)):
    rows = await session.execute(text(f"SELECT id FROM documents WHERE kind = '{q.kind}'"))  # sink
    return rows.scalars().all()


@app.post("/rooms/series/by-room")
async def vuln_series_room(q: RoomSeries, session: AsyncSession = Depends(get_session)):
    rows = await session.execute(text(f"SELECT id FROM documents WHERE room = '{q.room}' AND series > 0"))  # sink
    return rows.scalars().all()


@app.post("/rooms/series")
async def safe_series_number(q: RoomSeries, session: AsyncSession = Depends(get_session)):
    rows = await session.execute(text(f"SELECT id FROM documents WHERE series = {q.series}"))  # sink
    return rows.scalars().all()


@app.post("/accounts/by-label")
async def vuln_account_label(acct: Account, session: AsyncSession = Depends(get_session)):
    rows = await session.execute(text(f"SELECT id FROM accounts WHERE label = '{acct.label}'"))  # sink
    return rows.scalars().all()


@app.post("/accounts/by-number")
async def safe_account_number(acct: Account, session: AsyncSession = Depends(get_session)):
    rows = await session.execute(text(f"SELECT id FROM accounts WHERE number = '{acct.number}'"))  # sink
    return rows.scalars().all()


@app.post("/exports/queue")
async def vuln_queue_format(body: ExportRequest, session: AsyncSession = Depends(get_session)):
    await session.execute(text(f"INSERT INTO queue (ticker, fmt) VALUES (:t, '{body.fmt}')"), {"t": body.ticker})  # sink
    await session.commit()


@app.post("/exports/queue/checked")
async def safe_queue_format(body: CheckedExport, session: AsyncSession = Depends(get_session)):
    sql = f"INSERT INTO queue (ticker, fmt, priority) VALUES (:t, '{body.fmt.value}', {body.priority})"
    await session.execute(text(sql), {"t": body.ticker})  # sink
    await session.commit()
