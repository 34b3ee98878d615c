# family: ssrf 918
import requests
from flask import Flask, request

app = Flask(__name__)
http = requests.Session()
SEARCH_API = "https://search.internal.example"


@app.get("/fetch")
def vuln_fetch():
    reply = http.get(request.args["url"], timeout=5)  # sink
    return reply.text


@app.get("/search")
def safe_fetch():
    reply = http.get(SEARCH_API + "/v2/items", params={"q": request.args["q"]}, timeout=5)  # sink
    return reply.text
