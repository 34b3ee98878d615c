# family: deser 502
import pandas as pd
from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/valuations/import")
def vuln_import_valuation(model: UploadFile):
    frame = pd.read_pickle(model.file)  # sink
    return {"rows": len(frame)}


@app.post("/valuations/import2")
def safe_import_valuation(model: UploadFile):
    frame = pd.read_csv(model.file)  # sink
    return {"rows": len(frame)}
