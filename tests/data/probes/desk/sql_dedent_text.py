# family: sql 89
import textwrap

from flask import Flask, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine("postgresql://desk@db/desk")


@app.get("/contracts/expiring")
def vuln_expiring_contracts():
    region = request.args.get("region", "eu")
    query = textwrap.dedent(f"""
        SELECT id, client, ends_on
          FROM contracts
         WHERE region = '{region}'
           AND ends_on < now() + interval '30 days'
    """)
    with engine.connect() as conn:
        rows = conn.execute(text(query)).all()  # sink
    return {"rows": [list(r) for r in rows]}


@app.get("/contracts/expiring/safe")
def safe_expiring_contracts():
    region = request.args.get("region", "eu")
    query = textwrap.dedent("""
        SELECT id, client, ends_on
          FROM contracts
         WHERE region = :region
           AND ends_on < now() + interval '30 days'
    """)
    with engine.connect() as conn:
        rows = conn.execute(text(query), {"region": region}).all()  # sink
    return {"rows": [list(r) for r in rows]}
