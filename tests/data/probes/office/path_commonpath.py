# family: path 22 23 36 73 99
import os

from fastapi import FastAPI, HTTPException

app = FastAPI()
MINUTES = "/srv/office/minutes"


@app.get("/minutes")
def vuln_minutes(file: str):
    path = os.path.normpath(os.path.join(MINUTES, file))
    with open(path) as handle:  # sink
        return {"text": handle.read()}


@app.get("/minutes/safe")
def safe_minutes(file: str):
    path = os.path.realpath(os.path.join(MINUTES, file))
    if os.path.commonpath([path, MINUTES]) != MINUTES:
        raise HTTPException(status_code=404)
    with open(path) as handle:  # sink
        return {"text": handle.read()}
