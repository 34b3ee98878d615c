# family: sql 89
from fastapi import FastAPI, Header
from sqlalchemy import create_engine, text

app = FastAPI()
engine = create_engine("postgresql://surveillance@db.internal/surveillance")


@app.get("/restricted")
def vuln_restricted(x_desk: str = Header()):
    with engine.connect() as conn:
        rows = conn.execute(text(f"SELECT symbol FROM restricted WHERE desk = '{x_desk}'"))  # sink
        return {"symbols": [r.symbol for r in rows]}


@app.get("/restricted2")
def safe_restricted(x_desk: str = Header()):
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT symbol FROM restricted WHERE desk = :desk"), {"desk": x_desk})  # sink
        return {"symbols": [r.symbol for r in rows]}
