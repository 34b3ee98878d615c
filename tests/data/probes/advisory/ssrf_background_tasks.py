# family: ssrf 918
import httpx
from fastapi import BackgroundTasks, FastAPI, HTTPException

api = FastAPI()
HOOKS = {"crm": "https://crm.example.com/hooks/advisory", "archive": "https://archive.example.com/in"}


def notify(url: str, proposal: str):
    httpx.post(url, json={"proposal": proposal}, timeout=5)  # sink


@api.post("/proposals/{proposal}/notify")
def vuln_notify(proposal: str, hook: str, tasks: BackgroundTasks):
    tasks.add_task(notify, hook, proposal)
    return {"queued": True}


@api.post("/proposals/{proposal}/notify/named")
def safe_notify(proposal: str, hook: str, tasks: BackgroundTasks):
    if hook not in HOOKS:
        raise HTTPException(status_code=400)
    tasks.add_task(notify, HOOKS[hook], proposal)
    return {"queued": True}
