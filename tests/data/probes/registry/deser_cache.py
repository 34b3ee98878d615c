# family: deser 502
import pickle

import yaml
from flask import Flask, request

app = Flask(__name__)


class RegistryLoader(yaml.SafeLoader):
    """SafeLoader that also reads !project tags."""


RegistryLoader.add_constructor("!project", lambda loader, node: loader.construct_scalar(node))


@app.post("/import/settings")
def vuln_import_settings():
    return yaml.load(request.get_data(), Loader=yaml.Loader)  # sink


@app.post("/import/settings2")
def safe_import_settings():
    return yaml.load(request.get_data(), Loader=RegistryLoader)  # sink


@app.post("/import/state")
def vuln_import_state():
    return pickle.loads(request.files["state"].read())  # sink
