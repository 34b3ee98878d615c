# family: cmd 78
import codecs
import csv
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.post("/distribution/import")
def vuln_import_distribution():
    reader = csv.reader(codecs.iterdecode(request.files["list"].stream, "utf-8"))
    next(reader)
    for client, address in reader:
        subprocess.run(f"add-recipient --client {client} --mail {address}", shell=True, check=True)  # sink
    return "", 204


@app.post("/distribution/import/argv")
def safe_import_distribution():
    reader = csv.reader(codecs.iterdecode(request.files["list"].stream, "utf-8"))
    next(reader)
    for client, address in reader:
        subprocess.run(["add-recipient", "--client", client, "--mail", address], check=True)
    return "", 204
