# family: xss 79
from flask import Flask, request

from .utils.text import greeting, safe_greeting

app = Flask(__name__)


@app.get("/welcome")
def vuln_welcome():
    return greeting(request.args.get("name", "colleague"))  # sink


@app.get("/welcome/safe")
def safe_welcome():
    return safe_greeting(request.args.get("name", "colleague"))  # sink
