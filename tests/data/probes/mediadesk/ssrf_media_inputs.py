# family: ssrf 918
"""Media fetched by the converter itself: ffmpeg (ffmpeg-python) opens whatever URL or protocol its input names,
Pillow opening the body of a request to the client's URL; against sources on the team's media hosts."""

from urllib.parse import urlparse

import ffmpeg
import requests
from flask import Flask, request
from PIL import Image

app = Flask(__name__)
MEDIA_HOSTS = frozenset({"media.internal.example"})


@app.post("/media/probe")
def vuln_probe_recording():
    source = request.form["source"]
    ffmpeg.input(source).output("/tmp/recording.mp3").run()  # sink
    return {"ok": True}


@app.post("/media/probe/v2")
def safe_probe_recording():
    source = request.form["source"]
    parts = urlparse(source)
    if parts.scheme != "https" or parts.hostname not in MEDIA_HOSTS:
        return {"error": "unknown media host"}, 400
    ffmpeg.input(source).output("/tmp/recording.mp3").run()
    return {"ok": True}


@app.post("/media/logo")
def vuln_remote_logo():
    resp = requests.get(request.form["logo_url"], stream=True, timeout=10)  # sink
    return {"size": Image.open(resp.raw).size}


@app.post("/media/logo/v2")
def safe_remote_logo():
    url = request.form["logo_url"]
    if urlparse(url).hostname not in MEDIA_HOSTS:
        return {"error": "unknown media host"}, 400
    resp = requests.get(url, stream=True, timeout=10)
    return {"size": Image.open(resp.raw).size}
