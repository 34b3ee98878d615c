# family: code 94 95
import pandas as pd
from fastapi import FastAPI

api = FastAPI()
TRIALS = pd.read_parquet("/srv/lake/trials.parquet")
COLUMNS = {"phase", "enrolled", "sponsor", "year"}


@api.get("/trials/filter")
def vuln_trials_query(expr: str):
    # DataFrame.query evaluates the text as a Python-like expression (@names, attribute access, calls)
    return TRIALS.query(expr).head(100).to_dict(orient="records")  # sink


@api.get("/trials/filter/v2")
def safe_trials_query_local(sponsor: str):
    # the client's value is a local variable the expression names with @: data, not code
    return TRIALS.query("sponsor == @sponsor").head(100).to_dict(orient="records")  # sink


@api.get("/trials/derived")
def vuln_trials_eval(formula: str):
    frame = TRIALS.copy()
    frame["score"] = frame.eval(formula)  # sink
    return frame[["id", "score"]].head(100).to_dict(orient="records")


@api.get("/trials/derived/v2")
def safe_trials_eval_columns(numerator: str, denominator: str):
    if numerator not in COLUMNS or denominator not in COLUMNS:
        return {"error": "unknown column"}
    frame = TRIALS.copy()
    frame["score"] = frame.eval(f"{numerator} / {denominator}")  # sink
    return frame[["id", "score"]].head(100).to_dict(orient="records")


@api.get("/trials/phase")
def vuln_trials_query_formatted(phase: str):
    return TRIALS.query(f"phase == '{phase}'").to_dict(orient="records")  # sink


@api.get("/trials/phase/v2")
def safe_trials_mask(phase: str):
    return TRIALS.query("phase == @phase").to_dict(orient="records")  # sink


@api.get("/trials/ratio")
def vuln_pd_eval(expr: str):
    return {"value": float(pd.eval(expr, local_dict={"t": TRIALS}).sum())}  # sink


@api.get("/trials/ratio/v2")
def safe_pd_eval(column: str):
    if column not in COLUMNS:
        return {"error": "unknown column"}
    return {"value": float(pd.eval(f"t.{column}", local_dict={"t": TRIALS}).sum())}  # sink
