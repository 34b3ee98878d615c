# family: deser 502
import base64
import json
import pickle

from flask import Flask, request

app = Flask(__name__)


@app.post("/cart/restore")
def vuln_restore_cart():
    blob = base64.b64decode(request.cookies.get("cart", ""))
    cart = pickle.loads(blob)  # sink
    return {"items": len(cart)}


@app.post("/cart/restore/safe")
def safe_restore_cart():
    blob = base64.b64decode(request.cookies.get("cart", ""))
    cart = json.loads(blob)  # sink
    return {"items": len(cart)}


@app.post("/model/upload")
def vuln_model_upload():
    model = pickle.load(request.files["model"].stream)  # sink
    return {"type": type(model).__name__}
