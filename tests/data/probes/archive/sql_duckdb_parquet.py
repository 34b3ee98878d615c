# family: sql 89
import duckdb
from flask import Flask, request

app = Flask(__name__)
TRADES = "/srv/archive/parquet/trades/*.parquet"


@app.get("/analytics/volume")
def vuln_volume_by_issuer():
    issuer = request.args["issuer"]
    rows = duckdb.sql(f"SELECT day, sum(qty) FROM '{TRADES}' WHERE issuer = '{issuer}' GROUP BY day").fetchall()  # sink
    return {"rows": rows}


@app.get("/analytics/volume/v2")
def safe_volume_by_issuer():
    issuer = request.args["issuer"]
    rows = duckdb.execute(f"SELECT day, sum(qty) FROM '{TRADES}' WHERE issuer = ? GROUP BY day", [issuer]).fetchall()
    return {"rows": rows}
