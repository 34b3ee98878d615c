# family: ssrf 918
import httpx
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()
HOOKS = {"payroll": "https://payroll.internal.example/hook", "it": "https://it.internal.example/hook"}


class Hook(BaseModel):
    target: str
    message: str


@app.post("/notify")
def vuln_notify(hook: Hook):
    httpx.post(hook.target, json={"text": hook.message}, timeout=5)  # sink
    return {"sent": True}


@app.post("/notify/safe")
def safe_notify(hook: Hook):
    url = HOOKS.get(hook.target)
    if url is None:
        return {"sent": False}
    httpx.post(url, json={"text": hook.message}, timeout=5)  # sink
    return {"sent": True}
