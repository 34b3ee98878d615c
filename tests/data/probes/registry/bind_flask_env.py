# family: bind 605
import os

from flask import Flask

app = Flask(__name__)


def vuln_main():
    app.run(host="0.0.0.0", port=int(os.environ.get("PORT", "8000")))  # sink


def safe_main():
    app.run(host=os.environ.get("REGISTRY_HOST", "127.0.0.1"), port=8000)  # sink
