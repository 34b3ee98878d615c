# family: cmd 78
import subprocess

from flask import Flask, abort, request

app = Flask(__name__)


@app.post("/rates/quote")
def safe_isinstance_union():
    rate = request.get_json()["rate"]
    if not isinstance(rate, int | float):
        abort(400)
    subprocess.run(f"quote-rate --hourly {rate}", shell=True, check=True)  # sink
    return "ok"


@app.post("/rates/quote/text")
def vuln_isinstance_union_str():
    rate = request.get_json()["rate"]
    if not isinstance(rate, int | str):
        abort(400)
    subprocess.run(f"quote-rate --hourly {rate}", shell=True, check=True)  # sink
    return "ok"


@app.post("/rates/minutes")
def safe_isinstance_optional():
    minutes = request.get_json().get("minutes")
    if minutes is not None and not isinstance(minutes, int):
        abort(400)
    subprocess.run(f"quote-rate --minutes {minutes or 60}", shell=True, check=True)  # sink
    return "ok"


@app.post("/rates/currency")
def vuln_match_class_pattern_str():
    body = request.get_json()
    match body.get("currency"):
        case str(code):
            subprocess.run(f"quote-rate --ccy {code}", shell=True, check=True)  # sink
    return "ok"


@app.post("/rates/units")
def safe_match_class_pattern_int():
    body = request.get_json()
    match body.get("units"):
        case int(units) if units > 0:
            subprocess.run(f"quote-rate --units {units}", shell=True, check=True)  # sink
    return "ok"


@app.post("/rates/bulk")
def safe_walrus_comprehension_isinstance():
    body = request.get_json()
    rates = [r for item in body["rates"] if isinstance(r := item.get("rate"), int | float)]
    subprocess.run("quote-rate --many " + " ".join(map(str, rates)), shell=True, check=True)  # sink
    return "ok"


@app.post("/rates/bulk/text")
def vuln_walrus_comprehension_truthy():
    body = request.get_json()
    rates = [r for item in body["rates"] if (r := item.get("rate"))]
    subprocess.run("quote-rate --many " + " ".join(map(str, rates)), shell=True, check=True)  # sink
    return "ok"
