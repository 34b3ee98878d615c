# family: deser 502
import base64
import json
import pickle

from flask import Flask, request

from .common.decorators import timed
from .services.exports import NavExport

app = Flask(__name__)


class Snapshot:
    def __init__(self, req):
        self.blob = req.cookies.get("snap", "")
        self.version = "1"

    def load(self):
        return pickle.loads(base64.b64decode(self.blob))  # sink

    def restore(self):
        return pickle.loads(base64.b64decode(self.blob))  # sink

    def load_json(self):
        return json.loads(base64.b64decode(self.blob))

    @staticmethod
    def decode(blob):
        return pickle.loads(base64.b64decode(blob))  # sink

    @classmethod
    def from_request(cls, req):
        return cls(req)


@app.get("/snap/inherited")
def vuln_inherited_method():
    export = NavExport(request)
    return {"state": pickle.loads(base64.b64decode(export.fund_name()))}  # sink


@app.get("/snap/inherited/safe")
def safe_inherited_method():
    export = NavExport(request)
    return {"state": json.loads(base64.b64decode(export.fund_name()))}  # sink


@app.get("/snap/inherited-kind")
def safe_inherited_constant():
    export = NavExport(request)
    return {"state": pickle.loads(base64.b64decode(export.kind_name()))}  # sink


@app.get("/snap/method")
def vuln_attribute_method():
    return {"state": Snapshot(request).load()}  # sink


@app.get("/snap/method/safe")
def safe_attribute_method():
    return {"state": Snapshot(request).load_json()}  # sink


@app.get("/snap/static")
def vuln_staticmethod():
    return {"state": Snapshot.decode(request.args.get("s", ""))}  # sink


@app.get("/snap/classmethod")
def vuln_classmethod():
    return {"state": Snapshot.from_request(request).restore()}  # sink


@app.get("/snap/classmethod/safe")
def safe_classmethod():
    return {"state": Snapshot.from_request(request).load_json()}  # sink


@timed
def _restore(blob, decoder=json.loads):
    return decoder(base64.b64decode(blob))


@timed
def _restore_pickle(blob, decoder=pickle.loads):
    return decoder(base64.b64decode(blob))  # sink


@app.get("/snap/default")
def vuln_default_decoder():
    return {"state": _restore_pickle(request.args.get("s", ""))}  # sink


@app.get("/snap/default/safe")
def safe_default_decoder():
    return {"state": _restore(request.args.get("s", ""))}  # sink


def _keep(*args, **kwargs):
    return args, kwargs


@app.get("/snap/star")
def vuln_star_forward():
    args, kwargs = _keep(request.args.get("s", ""), mode="full")
    return {"state": pickle.loads(base64.b64decode(args[0]))}  # sink


@app.get("/snap/star/safe")
def safe_star_forward():
    args, kwargs = _keep(request.args.get("s", ""), mode="full")
    return {"state": pickle.loads(base64.b64decode(kwargs["mode"]))}  # sink
