# family: deser 502
import io

import numpy as np
from flask import Flask, request

app = Flask(__name__)


@app.post("/models/scores")
def vuln_upload_scores():
    scores = np.load(io.BytesIO(request.files["scores"].read()), allow_pickle=True)  # sink
    return {"mean": float(scores.mean())}


@app.post("/models/scores2")
def safe_upload_scores():
    scores = np.load(io.BytesIO(request.files["scores"].read()), allow_pickle=False)  # sink
    return {"mean": float(scores.mean())}
