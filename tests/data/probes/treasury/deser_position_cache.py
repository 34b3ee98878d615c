# family: deser 502
"""Cached cash positions. SG-5.3 forbids deserializing untrusted data; the service's own cache files,
named in the code, are not."""
import os
import pickle

from flask import Flask, request

from .settings import CACHE_DIR, Bank

app = Flask(__name__)

POSITIONS_CACHE = os.path.join(CACHE_DIR, "positions.pkl")
CACHE_FILES = {"positions": POSITIONS_CACHE, "forecast": CACHE_DIR + "/forecast.pkl"}


def safe_load_positions():
    with open(POSITIONS_CACHE, "rb") as handle:
        return pickle.load(handle)


def safe_load_bank(bank: Bank):
    with open(f"{CACHE_DIR}/{Bank.NORDBANK.value}.pkl", "rb") as handle:
        return pickle.load(handle)


@app.get("/cache/<kind>")
def safe_load_kind(kind):
    path = CACHE_FILES.get(kind)
    if path is None:
        return "unknown", 404
    with open(path, "rb") as handle:
        return str(pickle.load(handle))


@app.get("/cache-file")
def vuln_load_file():
    with open(os.path.join(CACHE_DIR, request.args["name"]), "rb") as handle:
        return str(pickle.load(handle))  # sink


@app.post("/positions")
def vuln_upload_positions():
    return str(pickle.loads(request.get_data()))  # sink


class SafeForecastCache:
    PATH = CACHE_DIR + "/forecast.pkl"

    def safe_read(self):
        with open(self.PATH, "rb") as handle:
            return pickle.load(handle)
