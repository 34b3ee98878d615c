# family: ssrf 918
import httpx
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Hook(BaseModel):
    callback: str
    event: str


@app.post("/hooks/test")
async def vuln_hook(hook: Hook):
    async with httpx.AsyncClient() as client:
        resp = await client.post(hook.callback, json={"event": hook.event})  # sink
    return {"status": resp.status_code}


@app.post("/hooks/test/safe")
async def safe_hook(hook: Hook):
    async with httpx.AsyncClient() as client:
        resp = await client.post("https://hooks.internal.example/relay", json={"event": hook.event})  # sink
    return {"status": resp.status_code}
