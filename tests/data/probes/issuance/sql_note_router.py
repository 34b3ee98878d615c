# family: sql 89
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from pydantic import BaseModel
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from .shared.db import get_session
from .shared.repos import NoteRepository
from .shared.schemas import IsinList, NoteIds
from .shared.services import NoteService, get_repo

router = APIRouter(prefix="/notes", tags=["notes"])
Session = Annotated[AsyncSession, Depends(get_session)]


class NoteFilter(BaseModel):
    desk: str
    desk_id: int


@router.get("/by-isin")
async def vuln_isin_query(isin: Annotated[str, Query()], session: Session):
    rows = await session.execute(text(f"SELECT id FROM notes WHERE isin = '{isin}'"))  # sink
    return rows.scalars().all()


@router.get("/by-isin/checked")
async def safe_isin_query(isin: Annotated[str, Query(pattern=r"^[A-Z]{2}[A-Z0-9]{9}[0-9]$")], session: Session):
    rows = await session.execute(text(f"SELECT id FROM notes WHERE isin = '{isin}'"))  # sink
    return rows.scalars().all()


@router.get("/series/{series}")
async def vuln_series_path(series: Annotated[str, Path()], session: Session):
    rows = await session.execute(text(f"SELECT id FROM notes WHERE series = {series}"))  # sink
    return rows.scalars().all()


@router.get("/series/{series}/checked")
async def safe_series_path(series: Annotated[int, Path(ge=1)], session: Session):
    rows = await session.execute(text(f"SELECT id FROM notes WHERE series = {series}"))  # sink
    return rows.scalars().all()


@router.get("/by-desk")
async def vuln_desk_text(desk: Annotated[str, Query(max_length=20)], session: Session):
    stmt = text(f"SELECT id FROM notes WHERE desk = '{desk}'")
    rows = await session.execute(stmt)  # sink
    return rows.scalars().all()


@router.get("/by-desk/bound")
async def safe_desk_text(desk: Annotated[str, Query(max_length=20)], session: Session):
    stmt = text("SELECT id FROM notes WHERE desk = :desk").bindparams(desk=desk)
    rows = await session.execute(stmt)  # sink
    return rows.scalars().all()


@router.get("/by-issuer")
async def vuln_repo_issuer(issuer: Annotated[str, Query()], repo: Annotated[NoteRepository, Depends(get_repo)]):
    return await repo.by_issuer(issuer)  # sink


@router.get("/by-issuer/bound")
async def safe_repo_issuer(issuer: Annotated[str, Query()], repo: Annotated[NoteRepository, Depends(get_repo)]):
    return await repo.by_issuer_bound(issuer)  # sink


@router.get("/listing")
async def vuln_service_sort(sort: Annotated[str, Query()], service: Annotated[NoteService, Depends()]):
    return await service.listing(sort)  # sink


@router.get("/listing/checked")
async def safe_service_sort(sort: Annotated[Literal["isin", "issue_date"], Query()], service: Annotated[NoteService, Depends()]):
    return await service.listing(sort)  # sink


@router.post("/lookup")
async def vuln_root_isins(isins: IsinList, session: Session):
    listed = ", ".join(f"'{isin}'" for isin in isins.root)
    rows = await session.execute(text(f"SELECT id FROM notes WHERE isin IN ({listed})"))  # sink
    return rows.scalars().all()


@router.post("/lookup/ids")
async def safe_root_ids(ids: NoteIds, session: Session):
    listed = ", ".join(str(i) for i in ids.root)
    rows = await session.execute(text(f"SELECT isin FROM notes WHERE id IN ({listed})"))  # sink
    return rows.scalars().all()


@router.post("/filter")
async def vuln_validated_desk(request: Request, session: Session):
    flt = NoteFilter.model_validate(await request.json())
    rows = await session.execute(text(f"SELECT id FROM notes WHERE desk = '{flt.desk}'"))  # sink
    return rows.scalars().all()


@router.post("/filter/id")
async def safe_validated_desk(request: Request, session: Session):
    flt = NoteFilter.model_validate(await request.json())
    rows = await session.execute(text(f"SELECT id FROM notes WHERE desk_id = {flt.desk_id}"))  # sink
    return rows.scalars().all()
