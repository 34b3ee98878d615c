# family: sql 89
from fastapi import Depends, FastAPI, Path
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from .core.db import get_session
from .core.deps import CheckedReportFilter, ReportFilter, checked_tenant, tenant
from .core.models import Report

app = FastAPI()


@app.get("/reports")
async def vuln_class_filter(f: ReportFilter = Depends(), session: AsyncSession = Depends(get_session)):
    sql = f"SELECT id, title FROM reports WHERE client = '{f.client}' ORDER BY {f.sort}"
    rows = await session.execute(text(sql))  # sink
    return [dict(r._mapping) for r in rows]


@app.get("/reports/checked")
async def safe_class_filter(f: CheckedReportFilter = Depends(), session: AsyncSession = Depends(get_session)):
    sql = f"SELECT id, title FROM reports WHERE client = {f.client} ORDER BY {f.sort}"
    rows = await session.execute(text(sql))  # sink
    return [dict(r._mapping) for r in rows]


@app.get("/reports/stream")
async def vuln_streamed_rows(client: str, session: AsyncSession = Depends(get_session)):
    result = await session.stream(text(f"SELECT id, title FROM reports WHERE client = '{client}'"))  # sink
    return [row.title async for row in result]


@app.get("/reports/stream/bound")
async def safe_streamed_rows(client: str, session: AsyncSession = Depends(get_session)):
    result = await session.stream(text("SELECT id, title FROM reports WHERE client = :c"), {"c": client})  # sink
    return [row.title async for row in result]


@app.get("/reports/ids")
async def vuln_streamed_scalars(title: str, session: AsyncSession = Depends(get_session)):
    ids = await session.stream_scalars(select(Report.id).where(text(f"title LIKE '%{title}%'")))  # sink
    return [i async for i in ids]


@app.get("/reports/ids/orm")
async def safe_streamed_scalars(title: str, session: AsyncSession = Depends(get_session)):
    ids = await session.stream_scalars(select(Report.id).where(Report.title.contains(title)))  # sink
    return [i async for i in ids]


@app.get("/tenant/reports")
async def vuln_tenant_schema(name: str = Depends(tenant), session: AsyncSession = Depends(get_session)):
    await session.execute(text(f"SET search_path TO {name}"))  # sink
    return (await session.scalars(select(Report.title))).all()


@app.get("/tenant/reports/checked")
async def safe_tenant_schema(name: str = Depends(checked_tenant), session: AsyncSession = Depends(get_session)):
    await session.execute(text(f"SET search_path TO {name}"))  # sink
    return (await session.scalars(select(Report.title))).all()


@app.get("/reports/{report_id}")
async def vuln_report_by_key(report_id: str = Path(min_length=32), session: AsyncSession = Depends(get_session)):
    row = await session.execute(text(f"SELECT title FROM reports WHERE key = '{report_id}'"))  # sink
    return row.scalar_one()


@app.get("/reports/{report_id}/checked")
async def safe_report_by_key(
    report_id: str = Path(pattern=r"^[0-9a-f]{32}$"), session: AsyncSession = Depends(get_session)
):
    row = await session.execute(text(f"SELECT title FROM reports WHERE key = '{report_id}'"))  # sink
    return row.scalar_one()
