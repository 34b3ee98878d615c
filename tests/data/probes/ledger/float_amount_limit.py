# family: float 704 20
import math

from flask import Flask, abort, request

app = Flask(__name__)
LIMIT = 50_000.0


@app.post("/transfer")
def vuln_transfer():
    amount = float(request.form["amount"])  # sink
    if amount > LIMIT:
        abort(403)
    return {"queued": amount}


@app.post("/transfer2")
def safe_transfer():
    amount = float(request.form["amount"])  # sink
    if not math.isfinite(amount) or amount > LIMIT:
        abort(403)
    return {"queued": amount}
