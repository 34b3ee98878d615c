# family: deser 502
import json
import pickle

import yaml
from quart import Quart, request

app = Quart(__name__)


@app.post("/ir/watchlist/import")
async def vuln_import_watchlist():
    raw = await request.get_data()
    return {"count": len(pickle.loads(raw))}  # sink


@app.post("/ir/watchlist/import/safe")
async def safe_import_watchlist():
    raw = await request.get_data()
    return {"count": len(json.loads(raw))}  # sink


@app.post("/ir/alerts/import")
async def vuln_import_alerts():
    form = await request.form
    return {"alerts": yaml.load(form["alerts"], Loader=yaml.Loader)}  # sink


@app.post("/ir/alerts/import/safe")
async def safe_import_alerts():
    form = await request.form
    return {"alerts": yaml.safe_load(form["alerts"])}  # sink
