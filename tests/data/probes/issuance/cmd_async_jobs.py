# family: cmd 78
import asyncio
import shlex
from typing import Annotated

from fastapi import APIRouter, BackgroundTasks, Depends, Form
from pydantic import BaseModel

from .shared.schemas import IssuerBody, NoteDraft
from .shared.services import ConversionService, get_converter, render_termsheet, run_tool

router = APIRouter(prefix="/jobs", tags=["jobs"])


class RepriceBatch(BaseModel):
    names: list[str]


class RepriceIds(BaseModel):
    ids: list[int]


async def archive(name: str) -> None:
    proc = await asyncio.create_subprocess_shell(f"tar czf /srv/archive/{name}.tgz /srv/notes/{name}")  # sink
    await proc.wait()


@router.post("/convert")
async def vuln_shell_form(fmt: Annotated[str, Form()], name: Annotated[str, Form()]):
    proc = await asyncio.create_subprocess_shell(f"soffice --convert-to {fmt} /srv/notes/{name}")  # sink
    return {"rc": await proc.wait()}


@router.post("/convert/quoted")
async def safe_shell_form(fmt: Annotated[str, Form()], name: Annotated[str, Form()]):
    proc = await asyncio.create_subprocess_shell(f"soffice --convert-to {shlex.quote(fmt)} /srv/notes/{shlex.quote(name)}")  # sink
    return {"rc": await proc.wait()}


@router.post("/extract")
async def vuln_exec_sh(name: Annotated[str, Form()]):
    proc = await asyncio.create_subprocess_exec("sh", "-c", f"pdftotext /srv/notes/{name} -")  # sink
    out, _ = await proc.communicate()
    return {"text": out.decode()}


@router.post("/extract/args")
async def safe_exec_args(name: Annotated[str, Form()]):
    proc = await asyncio.create_subprocess_exec("pdftotext", "--", f"/srv/notes/{name}", "-")  # sink
    out, _ = await proc.communicate()
    return {"text": out.decode()}


@router.post("/termsheet")
async def vuln_background_template(draft: NoteDraft, background: BackgroundTasks):
    background.add_task(render_termsheet, draft.template)  # sink
    return {"queued": True}


@router.post("/termsheet/layout")
async def safe_background_layout(draft: NoteDraft, background: BackgroundTasks):
    background.add_task(render_termsheet, draft.layout)  # sink
    return {"queued": True}


@router.post("/reprice")
async def vuln_taskgroup(batch: RepriceBatch):
    async with asyncio.TaskGroup() as tg:
        for name in batch.names:
            tg.create_task(run_tool(name))  # sink
    return {"done": len(batch.names)}


@router.post("/reprice/ids")
async def safe_taskgroup(batch: RepriceIds):
    async with asyncio.TaskGroup() as tg:
        for note_id in batch.ids:
            tg.create_task(run_tool(str(note_id)))  # sink
    return {"done": len(batch.ids)}


@router.post("/archive")
async def vuln_gather(batch: RepriceBatch):
    await asyncio.gather(*(archive(name) for name in batch.names))
    return {"archived": len(batch.names)}


@router.post("/archive/ids")
async def safe_gather(batch: RepriceIds):
    await asyncio.gather(*(archive(str(i)) for i in batch.ids))
    return {"archived": len(batch.ids)}


@router.post("/issuer/convert")
async def vuln_service_convert(name: Annotated[str, Form()], conv: Annotated[ConversionService, Depends(get_converter)]):
    return {"rc": await conv.convert(name)}  # sink


@router.post("/issuer/convert/checked")
async def safe_service_convert(body: IssuerBody, conv: Annotated[ConversionService, Depends(get_converter)]):
    return {"rc": await conv.convert(body.issuer)}  # sink
