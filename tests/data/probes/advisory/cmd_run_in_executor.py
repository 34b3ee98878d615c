# family: cmd 78
import asyncio
import subprocess

from fastapi import FastAPI

api = FastAPI()


def render_statement(client):
    subprocess.run(f"statement-render --client {client} --out /srv/advisory/out", shell=True, check=True)  # sink


def render_statement_args(client):
    subprocess.run(["statement-render", "--client", client, "--out", "/srv/advisory/out"], check=True)  # sink


@api.post("/statements/{client}")
async def vuln_render(client: str):
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, render_statement, client)
    return {"queued": client}


@api.post("/statements/{client}/args")
async def safe_render(client: str):
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, render_statement_args, client)
    return {"queued": client}
