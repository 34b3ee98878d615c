# family: deser 502
import base64
import json
import pickle
from urllib.parse import parse_qs, unquote

from flask import Flask, request

app = Flask(__name__)
EMPTY_STATE = base64.b64encode(pickle.dumps({"filters": [], "page": 1}))


@app.get("/view/state")
def vuln_state():
    token = unquote(request.args.get("state", ""))
    return {"state": pickle.loads(base64.urlsafe_b64decode(token.encode()))}  # sink


@app.get("/view/state/safe")
def safe_state():
    token = unquote(request.args.get("state", ""))
    return {"state": json.loads(base64.urlsafe_b64decode(token.encode()).decode())}  # sink


@app.get("/view/query")
def vuln_query_state():
    qs = parse_qs(request.query_string.decode())
    return {"state": pickle.loads(base64.b64decode(qs["s"][0]))}  # sink


@app.get("/view/default")
def safe_default_state():
    page = int(parse_qs(request.query_string.decode()).get("page", ["1"])[0])
    state = pickle.loads(base64.b64decode(EMPTY_STATE))  # sink
    return {"state": state, "page": page}
