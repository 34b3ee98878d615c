# family: cmd 78
import os
import re

from fastapi import FastAPI, HTTPException, Query

app = FastAPI()


@app.get("/whois")
def vuln_whois(domain: str = Query(...)):
    stream = os.popen(f"whois {domain}")  # sink
    return {"out": stream.read()}


@app.get("/whois/safe")
def safe_whois(domain: str = Query(...)):
    if not re.fullmatch(r"[a-z0-9.-]+", domain):
        raise HTTPException(status_code=400, detail="bad domain")
    stream = os.popen(f"whois {domain}")  # sink
    return {"out": stream.read()}
