# family: deser 502
import json
import pickle

import falcon


class VulnScreenImport:
    def on_post(self, req, resp):
        screen = pickle.loads(req.bounded_stream.read())  # sink
        resp.media = {"columns": screen["columns"]}
        resp.status = falcon.HTTP_201


class SafeScreenImport:
    def on_post(self, req, resp):
        screen = json.loads(req.bounded_stream.read())  # sink
        resp.media = {"columns": screen["columns"]}
        resp.status = falcon.HTTP_201
