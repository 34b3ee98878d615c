# family: cmd 78
import asyncio

from fastapi import FastAPI

app = FastAPI()


@app.get("/ping")
async def vuln_ping(host: str):
    process = await asyncio.create_subprocess_shell(f"ping -c 1 {host}")  # sink
    return {"code": await process.wait()}


@app.get("/ping2")
async def safe_ping(host: str):
    process = await asyncio.create_subprocess_exec("ping", "-c", "1", "--", host)  # sink
    return {"code": await process.wait()}
