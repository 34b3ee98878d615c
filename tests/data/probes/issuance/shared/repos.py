"""Repositories of the notes service: the SQL lives here."""
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from .models import Note


class NoteRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def by_issuer(self, issuer: str):
        result = await self.session.execute(text(f"SELECT id, isin FROM notes WHERE issuer = '{issuer}'"))
        return result.all()

    async def by_issuer_bound(self, issuer: str):
        result = await self.session.execute(text("SELECT id, isin FROM notes WHERE issuer = :issuer"), {"issuer": issuer})
        return result.all()

    async def by_desk_orm(self, desk: str):
        result = await self.session.execute(select(Note).where(Note.desk == desk))
        return result.scalars().all()

    async def ordered(self, column: str):
        result = await self.session.execute(text(f"SELECT id, isin FROM notes ORDER BY {column}"))
        return result.all()
