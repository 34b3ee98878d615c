# family: sql 89
from fastapi import FastAPI
from sqlalchemy import create_engine, text

app = FastAPI()
engine = create_engine("sqlite:///shop.db")


@app.get("/items")
async def vuln_items(category: str, limit: int = 10):
    with engine.connect() as conn:
        result = conn.execute(text(f"SELECT * FROM items WHERE category = '{category}' LIMIT {limit}"))  # sink
        return [dict(r._mapping) for r in result]


@app.get("/items/safe")
async def safe_items(category: str, limit: int = 10):
    with engine.connect() as conn:
        result = conn.execute(  # sink
            text("SELECT * FROM items WHERE category = :c LIMIT :n"), {"c": category, "n": limit}
        )
        return [dict(r._mapping) for r in result]
