"""Services of the notes service, injected into the routes by Depends; their methods hold the sinks."""
import asyncio
import logging

import httpx
from fastapi import Depends
from sqlalchemy.ext.asyncio import AsyncSession

from .db import get_session
from .repos import NoteRepository

log = logging.getLogger("issuance")


class ConversionService:
    """Turns a term sheet into a PDF with the office suite."""

    def __init__(self, workdir: str = "/srv/issuance/work") -> None:
        self.workdir = workdir

    async def convert(self, name: str) -> int:
        proc = await asyncio.create_subprocess_shell(f"soffice --headless --convert-to pdf {self.workdir}/{name}")
        return await proc.wait()

    async def convert_args(self, name: str) -> int:
        proc = await asyncio.create_subprocess_exec("soffice", "--headless", "--convert-to", "pdf", "--", f"{self.workdir}/{name}")
        return await proc.wait()


class PricingClient:
    async def fetch(self, url: str) -> dict:
        async with httpx.AsyncClient(timeout=10) as client:
            response = await client.get(url)
            return response.json()


class NoteService:
    """A service class dependency: FastAPI builds it, with its own session dependency."""

    def __init__(self, session: AsyncSession = Depends(get_session)) -> None:
        self.repo = NoteRepository(session)

    async def listing(self, sort: str):
        return await self.repo.ordered(sort)


async def render_termsheet(template: str) -> None:
    proc = await asyncio.create_subprocess_shell(f"make -C /srv/termsheets {template}.pdf")
    await proc.wait()


async def run_tool(name: str) -> None:
    proc = await asyncio.create_subprocess_shell(f"/opt/tools/reprice {name}")
    await proc.wait()


async def notify(target: str, payload: dict) -> None:
    async with httpx.AsyncClient() as client:
        await client.post(target, json=payload)


def get_repo(session: AsyncSession = Depends(get_session)) -> NoteRepository:
    return NoteRepository(session)


def get_converter() -> ConversionService:
    return ConversionService()


def get_pricing() -> PricingClient:
    return PricingClient()
