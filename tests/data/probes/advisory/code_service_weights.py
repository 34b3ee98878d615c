# family: code 94 95
from flask import Flask, request

from .core.services import ModelPortfolioService

app = Flask(__name__)
models = ModelPortfolioService()


@app.post("/models/weights")
def vuln_weights():
    return {"weights": models.parse_weights(request.form["weights"])}  # sink


@app.post("/models/weights/literal")
def safe_weights():
    return {"weights": models.parse_weights_literal(request.form["weights"])}  # sink
