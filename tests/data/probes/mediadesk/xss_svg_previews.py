# family: xss 79
"""An uploaded SVG logo previewed: sent back inline as image/svg+xml (a browser runs its scripts when the URL is
opened), against the same bytes sent as a download."""

from flask import Flask, Response, request

app = Flask(__name__)


@app.post("/logos/preview")
def vuln_logo_preview():
    svg = request.files["logo"].read()
    return Response(svg, mimetype="image/svg+xml")  # sink


@app.post("/logos/preview/v2")
def safe_logo_preview():
    svg = request.files["logo"].read()
    return Response(svg, mimetype="image/svg+xml", headers={"Content-Disposition": "attachment; filename=logo.svg"})
