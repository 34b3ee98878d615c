# family: code 94 95
from fastapi import FastAPI, Request

app = FastAPI()
OPERATIONS = {"double": "x * 2", "square": "x * x"}


@app.post("/transform")
async def vuln_transform(request: Request):
    payload = await request.json()
    x = payload["x"]
    return {"y": eval(payload["formula"], {"x": x})}  # sink


@app.post("/transform/safe")
async def safe_transform(request: Request):
    payload = await request.json()
    formula = OPERATIONS.get(payload["op"], "x")
    return {"y": eval(formula, {"x": payload["x"]})}  # sink
