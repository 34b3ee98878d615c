# family: sql 89
import sqlite3

from fastapi import FastAPI, Query

app = FastAPI()
DB = "/srv/onboarding/onboarding.db"


@app.get("/clients/by-ref")
def vuln_client_by_ref(ref: str = Query(max_length=8)):
    row = sqlite3.connect(DB).execute(f"SELECT last_name FROM clients WHERE ref = '{ref}'").fetchone()  # sink
    return {"client": row}


@app.get("/clients/by-ref2")
def safe_client_by_ref(ref: str = Query(pattern=r"^[A-Z]{2}[0-9]{6}$")):
    row = sqlite3.connect(DB).execute(f"SELECT last_name FROM clients WHERE ref = '{ref}'").fetchone()  # sink
    return {"client": row}
