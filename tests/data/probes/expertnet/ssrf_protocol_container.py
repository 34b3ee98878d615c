# family: ssrf 918
from typing import Callable, Protocol

import requests
from flask import Flask, request

app = Flask(__name__)
TRANSCRIPT_HOSTS = {"otter": "https://api.otter.example", "rev": "https://api.rev.example"}


class TranscriptSource(Protocol):
    def endpoint(self, vendor: str) -> str: ...


class OpenSource:
    def endpoint(self, vendor: str) -> str:
        return f"https://{vendor}/v1/transcripts"  # sink


class VettedSource:
    def endpoint(self, vendor: str) -> str:
        return TRANSCRIPT_HOSTS.get(vendor, TRANSCRIPT_HOSTS["otter"]) + "/v1/transcripts"


PROVIDERS: dict[str, Callable[[], TranscriptSource]] = {"open": OpenSource, "vetted": VettedSource}


def provide(name: str) -> TranscriptSource:
    return PROVIDERS[name]()


def fetch_from(source: TranscriptSource, vendor: str):
    return requests.get(source.endpoint(vendor), timeout=10)  # sink


@app.get("/transcripts/open")
def vuln_container_lookup():
    source = PROVIDERS["open"]()
    return requests.get(source.endpoint(request.args["vendor"]), timeout=10).json()  # sink


@app.get("/transcripts/vetted")
def safe_container_lookup():
    source = PROVIDERS["vetted"]()
    return requests.get(source.endpoint(request.args["vendor"]), timeout=10).json()  # sink


@app.get("/transcripts/open/provided")
def vuln_provide_helper():
    source = provide("open")
    return requests.get(source.endpoint(request.args["vendor"]), timeout=10).json()  # sink


@app.get("/transcripts/vetted/provided")
def safe_provide_helper():
    source = provide("vetted")
    return requests.get(source.endpoint(request.args["vendor"]), timeout=10).json()  # sink


@app.get("/transcripts/open/protocol")
def vuln_protocol_parameter():
    return fetch_from(OpenSource(), request.args["vendor"]).json()  # sink


@app.get("/transcripts/vetted/protocol")
def safe_protocol_parameter():
    return fetch_from(VettedSource(), request.args["vendor"]).json()  # sink
