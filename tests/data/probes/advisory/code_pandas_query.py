# family: code 94 95
import pandas as pd
from flask import Flask, request

app = Flask(__name__)
POSITIONS = pd.read_parquet("/srv/advisory/positions.parquet")


@app.get("/positions/screen")
def vuln_screen():
    return POSITIONS.query(request.args["filter"]).to_dict(orient="records")  # sink


@app.get("/positions/sector")
def safe_screen():
    sector = request.args["sector"]
    return POSITIONS[POSITIONS["sector"] == sector].to_dict(orient="records")  # sink
