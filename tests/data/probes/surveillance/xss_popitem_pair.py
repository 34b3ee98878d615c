# family: xss 79 80
from flask import Flask, make_response, request
from markupsafe import escape

app = Flask(__name__)


@app.get("/watchlist/echo")
def vuln_echo_filter():
    key, value = request.args.to_dict().popitem()
    return make_response(f"<p>Filtered on {key} = {value}</p>")  # sink


@app.get("/watchlist/echo2")
def safe_echo_filter():
    key, value = request.args.to_dict().popitem()
    return make_response(f"<p>Filtered on {escape(key)} = {escape(value)}</p>")  # sink
