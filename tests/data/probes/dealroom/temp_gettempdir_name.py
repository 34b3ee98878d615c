# family: temp 377
import os
import tempfile

from flask import Flask, request, send_file

app = Flask(__name__)


def build_pdf(path, deal):
    with open(path, "wb") as out:
        out.write(b"%PDF-1.7 " + deal.encode())


@app.get("/deals/<int:deal>/pack")
def vuln_pack(deal):
    path = os.path.join(tempfile.gettempdir(), f"dealpack-{deal}.pdf")  # sink
    build_pdf(path, str(deal))
    return send_file(path)


@app.get("/deals/<int:deal>/pack2")
def safe_pack(deal):
    with tempfile.NamedTemporaryFile(suffix=".pdf", delete=False) as handle:  # sink
        path = handle.name
    build_pdf(path, str(deal))
    return send_file(path)
