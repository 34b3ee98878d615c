# family: bomb 400 409
"""Scanned statements opened with Pillow: its decompression-bomb check switched off for large scans, against a
larger limit the service chose."""

from flask import Flask, request
from PIL import Image

app = Flask(__name__)


@app.post("/scans/preview")
def vuln_scan_preview():
    Image.MAX_IMAGE_PIXELS = None  # sink
    with Image.open(request.files["scan"].stream) as scan:
        scan.thumbnail((800, 800))
        return {"size": scan.size}


@app.post("/scans/preview/v2")
def safe_scan_preview():
    Image.MAX_IMAGE_PIXELS = 300_000_000
    with Image.open(request.files["scan"].stream) as scan:
        scan.thumbnail((800, 800))
        return {"size": scan.size}
