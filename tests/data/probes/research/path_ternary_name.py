# family: path 22 23 36 73 99
from flask import Flask, request, send_file

app = Flask(__name__)
BASE = "/srv/research/templates/"


@app.get("/disclaimer")
def vuln_disclaimer():
    name = request.args["lang"] + ".txt" if "lang" in request.args else "en.txt"
    return send_file(BASE + name)  # sink


@app.get("/disclaimer/safe")
def safe_disclaimer():
    name = "disclaimer-long.txt" if request.args.get("long") else "disclaimer.txt"
    return send_file(BASE + name)  # sink
