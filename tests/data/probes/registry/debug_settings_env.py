# family: debug 489 215
import os

from fastapi import FastAPI
from flask import Flask


def vuln_api():
    return FastAPI(debug=True, title="Insider registry")  # sink


def safe_api():
    return FastAPI(debug=os.environ.get("REGISTRY_ENV") == "development", title="Insider registry")  # sink


def vuln_reports_app():
    app = Flask("reports")
    app.debug = True  # sink
    return app


def safe_reports_app():
    app = Flask("reports")
    app.debug = False  # sink
    return app
