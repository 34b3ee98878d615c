# family: ssrf 918
import requests
from fastapi import Cookie, FastAPI, HTTPException

app = FastAPI()
REGIONS = ("emea", "amer", "apac")


@app.get("/quotes")
def vuln_quotes(region: str = Cookie("emea")):
    return requests.get(f"https://{region}.marketdata.internal/quotes", timeout=5).json()  # sink


@app.get("/quotes2")
def safe_quotes(region: str = Cookie("emea")):
    if region not in REGIONS:
        raise HTTPException(status_code=400)
    return requests.get(f"https://{region}.marketdata.internal/quotes", timeout=5).json()  # sink
