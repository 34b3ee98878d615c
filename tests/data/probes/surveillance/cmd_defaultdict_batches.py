# family: cmd 78
import os
import subprocess
from collections import defaultdict

from flask import Flask, request

app = Flask(__name__)


@app.post("/exports/compress")
def vuln_compress():
    batches = defaultdict(list)
    for name in request.form.getlist("file"):
        batches[name[:2]].append(name)
    for prefix, names in batches.items():
        os.system("gzip -k " + " ".join(names))  # sink
    return {"batches": len(batches)}


@app.post("/exports/compress2")
def safe_compress():
    batches = defaultdict(list)
    for name in request.form.getlist("file"):
        batches[name[:2]].append(name)
    for prefix, names in batches.items():
        subprocess.run(["gzip", "-k", "--", *names], check=True)  # sink
    return {"batches": len(batches)}
