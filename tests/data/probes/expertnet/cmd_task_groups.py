# family: cmd 78
import asyncio
import re
import subprocess
from contextlib import ExitStack, asynccontextmanager, contextmanager

import anyio
from fastapi import FastAPI, HTTPException, Request

from . import jobs

app = FastAPI()


@asynccontextmanager
async def bridge_command(ref):
    yield f"/opt/expertnet/bin/bridge --call {ref}"


@contextmanager
def recorder_command(ref):
    yield f"/opt/expertnet/bin/record --call {ref}"


def checked_ref(ref):
    if not re.fullmatch(r"[0-9]{1,10}", ref):
        raise HTTPException(400)
    return ref


@app.post("/calls/{ref}/dial")
async def vuln_task_group(ref: str):
    async with asyncio.TaskGroup() as tg:
        tg.create_task(jobs.dial(ref))  # sink
    return {"ok": True}


@app.post("/calls/{ref}/dial/safe")
async def safe_task_group(ref: int):
    async with asyncio.TaskGroup() as tg:
        tg.create_task(jobs.dial(ref))  # sink
    return {"ok": True}


@app.post("/calls/record")
async def vuln_anyio_start_soon(request: Request):
    ref = request.query_params["ref"]
    async with anyio.create_task_group() as tg:
        tg.start_soon(anyio.to_thread.run_sync, jobs.record, ref)  # sink
    return {"ok": True}


@app.post("/calls/record/safe")
async def safe_anyio_start_soon(request: Request):
    ref = checked_ref(request.query_params["ref"])
    async with anyio.create_task_group() as tg:
        tg.start_soon(anyio.to_thread.run_sync, jobs.record, ref)  # sink
    return {"ok": True}


@app.post("/calls/redial")
async def vuln_start_soon_coroutine(request: Request):
    async with anyio.create_task_group() as tg:
        tg.start_soon(jobs.dial, request.query_params["ref"])  # sink
    return {"ok": True}


@app.post("/calls/redial/safe")
async def safe_start_soon_coroutine(request: Request):
    async with anyio.create_task_group() as tg:
        tg.start_soon(jobs.dial, checked_ref(request.query_params["ref"]))  # sink
    return {"ok": True}


@app.post("/calls/bridge")
async def vuln_async_context(request: Request):
    async with bridge_command(request.query_params["ref"]) as command:
        subprocess.run(command, shell=True, check=True)  # sink
    return {"ok": True}


@app.post("/calls/bridge/safe")
async def safe_async_context(request: Request):
    async with bridge_command(checked_ref(request.query_params["ref"])) as command:
        subprocess.run(command, shell=True, check=True)  # sink
    return {"ok": True}


@app.post("/calls/recorders")
def vuln_exit_stack(request: Request):
    with ExitStack() as stack:
        command = stack.enter_context(recorder_command(request.query_params["ref"]))
        subprocess.run(command, shell=True, check=True)  # sink
    return {"ok": True}


@app.post("/calls/recorders/safe")
def safe_exit_stack(request: Request):
    with ExitStack() as stack:
        command = stack.enter_context(recorder_command(checked_ref(request.query_params["ref"])))
        subprocess.run(command, shell=True, check=True)  # sink
    return {"ok": True}
