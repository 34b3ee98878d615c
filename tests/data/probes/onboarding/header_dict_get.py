# family: header 113 20
from flask import Flask, make_response, request

app = Flask(__name__)
LANGUAGES = {"en": "en-GB", "de": "de-DE", "fr": "fr-FR", "ja": "ja-JP"}


@app.get("/terms")
def vuln_terms():
    response = make_response("terms")
    response.headers["Content-Language"] = LANGUAGES.get(request.args.get("lang", "en"), request.args.get("lang", "en"))  # sink
    return response


@app.get("/terms2")
def safe_terms():
    response = make_response("terms")
    response.headers["Content-Language"] = LANGUAGES.get(request.args.get("lang", "en"), "en-GB")  # sink
    return response
