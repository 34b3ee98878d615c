# family: code 94 95
from fastapi import FastAPI, Query

app = FastAPI()


@app.get("/valuation/total")
def vuln_total(part: list[str] = Query()):
    expression = " + ".join(term.strip() for term in part)
    return {"total": eval(expression)}  # sink


@app.get("/valuation/total2")
def safe_total(part: list[str] = Query()):
    expression = " + ".join(str(float(term)) for term in part)
    return {"total": eval(expression)}  # sink
