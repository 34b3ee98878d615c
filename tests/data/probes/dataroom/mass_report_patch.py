# family: mass 915
from fastapi import Depends, FastAPI, Request
from pydantic import BaseModel
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from .core.db import get_session
from .core.models import Report

app = FastAPI()


class TitlePatch(BaseModel):
    title: str


@app.patch("/reports/{report_id}")
async def vuln_patch_report(report_id: int, request: Request, session: AsyncSession = Depends(get_session)):
    await session.execute(update(Report).where(Report.id == report_id).values(**await request.json()))  # sink
    await session.commit()


@app.patch("/reports/{report_id}/title")
async def safe_patch_report(report_id: int, patch: TitlePatch, session: AsyncSession = Depends(get_session)):
    await session.execute(update(Report).where(Report.id == report_id).values(**patch.model_dump()))  # sink
    await session.commit()
