# family: path 22 23 36 73 99
import os

import pandas as pd
from flask import Flask, request

app = Flask(__name__)
ARCHIVE = "/srv/feeds/archive"


@app.post("/archive/purge")
def vuln_purge_listed():
    listing = pd.read_csv(request.files["listing"])
    for row in listing.itertuples():
        os.remove(os.path.join(ARCHIVE, row.file))  # sink
    return "", 204


@app.post("/archive/purge/named")
def safe_purge_listed():
    listing = pd.read_csv(request.files["listing"])
    for row in listing.itertuples():
        os.remove(os.path.join(ARCHIVE, os.path.basename(row.file)))
    return "", 204
