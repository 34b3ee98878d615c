import hashlib
import os
import pickle
import random
import sqlite3
import subprocess
import tarfile
import tempfile
import xml.etree.ElementTree as ET

import jinja2
import requests
import yaml
from flask import Flask, request

from app.settings import logger

app = Flask(__name__)
templates = jinja2.Environment(loader=jinja2.FileSystemLoader("templates"), autoescape=False)


@app.route("/import", methods=["POST"])
def import_settings():
    settings = yaml.load(request.data)
    state = pickle.loads(request.files["state"].read())
    return {"settings": settings, "state": str(state)}


@app.route("/convert")
def convert():
    name = request.args["name"]
    subprocess.run(f"libreoffice --convert-to pdf {name}", shell=True)
    os.system("gzip " + name)
    return "ok"


@app.route("/calc")
def calc():
    return str(eval(request.args["expr"]))


@app.route("/documents")
def documents():
    client = request.args["client"]
    db = sqlite3.connect("documents.db")
    rows = db.execute(f"SELECT title FROM documents WHERE client = '{client}'").fetchall()
    return {"documents": [r[0] for r in rows]}


@app.route("/login", methods=["POST"])
def login():
    password = request.form["password"]
    logger.info("login attempt with password %s", password)
    digest = hashlib.md5(password.encode()).hexdigest()
    token = "".join(random.choice("abcdef0123456789") for _ in range(32))
    return {"digest": digest, "token": token}


@app.route("/fetch")
def fetch():
    response = requests.get("https://partner.example.com/feed", verify=False)
    return response.text


@app.route("/upload", methods=["POST"])
def upload():
    path = tempfile.mktemp(suffix=".tar")
    request.files["archive"].save(path)
    with tarfile.open(path) as archive:
        archive.extractall("/srv/uploads")
    tree = ET.fromstring(request.files["manifest"].read())
    return {"root": tree.tag}


if __name__ == "__main__":
    app.run(host="0.0.0.0", debug=True)
