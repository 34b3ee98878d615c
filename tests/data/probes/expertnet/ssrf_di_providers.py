# family: ssrf 918
import requests
from flask import Flask, request

from .services import Container

app = Flask(__name__)
container = Container()


@app.get("/transcripts/di")
def vuln_di_factory():
    source = container.transcripts()
    return requests.get(source.url(request.args["vendor"]), timeout=10).json()  # sink


@app.get("/transcripts/di/vetted")
def safe_di_singleton():
    source = container.vetted_transcripts()
    return requests.get(source.url(request.args["vendor"]), timeout=10).json()  # sink
