# family: deser 502
import io

import joblib
import torch
from fastapi import FastAPI, UploadFile

app = FastAPI()
CLASSIFIER = "/srv/archive/models/sector-classifier.joblib"


@app.post("/classifiers/upload")
async def vuln_upload_classifier(model: UploadFile):
    classifier = joblib.load(io.BytesIO(await model.read()))  # sink
    return {"classes": list(classifier.classes_)}


@app.post("/classifiers/current")
async def safe_current_classifier():
    classifier = joblib.load(CLASSIFIER)
    return {"classes": list(classifier.classes_)}


@app.post("/embeddings/upload")
async def vuln_upload_embeddings(weights: UploadFile):
    state = torch.load(io.BytesIO(await weights.read()), weights_only=False)  # sink
    return {"layers": len(state)}


@app.post("/embeddings/upload/v2")
async def safe_upload_embeddings(weights: UploadFile):
    state = torch.load(io.BytesIO(await weights.read()), weights_only=True)
    return {"layers": len(state)}
