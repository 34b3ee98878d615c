# family: deser 502
import yaml
from flask import Flask, request

app = Flask(__name__)


@app.post("/screens/import")
def vuln_import_screen():
    screen = yaml.load(request.get_data(as_text=True), Loader=yaml.FullLoader)  # sink
    return {"filters": len(screen)}


@app.post("/screens/import/safe")
def safe_import_screen():
    screen = yaml.load(request.get_data(as_text=True), Loader=yaml.SafeLoader)  # sink
    return {"filters": len(screen)}
