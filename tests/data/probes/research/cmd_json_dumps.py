# family: cmd 78
import json
import subprocess

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Alert(BaseModel):
    title: str
    severity: int


@app.post("/alerts/desktop")
def vuln_desktop_alert(alert: Alert):
    payload = json.dumps({"title": alert.title})
    subprocess.run(f"notify-desk --json {payload}", shell=True)  # sink
    return {"ok": True}


@app.post("/alerts/desktop/safe")
def safe_desktop_alert(alert: Alert):
    payload = json.dumps({"title": alert.title})
    subprocess.run(["notify-desk", "--json", payload])  # sink
    return {"ok": True}
