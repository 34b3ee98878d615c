# family: code 94 95
import pandas as pd
from fastapi import FastAPI, HTTPException

api = FastAPI()
FRAME = pd.read_parquet("/srv/advisory/model_portfolios.parquet")
COLUMNS = frozenset({"equity", "bonds", "cash", "alternatives"})


@api.get("/models/score")
def vuln_score(column: str):
    return FRAME.eval(f"{column} * weight").sum()  # sink


@api.get("/models/score/checked")
def safe_score(column: str):
    if column not in COLUMNS:
        raise HTTPException(status_code=400)
    return FRAME.eval(f"{column} * weight").sum()  # sink
