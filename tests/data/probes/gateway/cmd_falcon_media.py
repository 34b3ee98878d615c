# family: cmd 78
import os
import shlex

import falcon


class VulnArchiveResource:
    def on_post(self, req, resp):
        ref = req.media["ref"]
        os.system(f"tar czf /srv/gateway/out/{ref}.tgz /srv/gateway/deals/{ref}")  # sink
        resp.status = falcon.HTTP_202


class SafeArchiveResource:
    def on_post(self, req, resp):
        ref = shlex.quote(req.media["ref"])
        os.system(f"tar czf /srv/gateway/out/{ref}.tgz /srv/gateway/deals/{ref}")  # sink
        resp.status = falcon.HTTP_202


class VulnTraceResource:
    def on_get(self, req, resp):
        host = req.get_header("X-Trace-Host")
        resp.text = os.popen("traceroute " + host).read()  # sink
        resp.content_type = falcon.MEDIA_TEXT


class SafeTraceResource:
    def on_get(self, req, resp):
        host = req.get_header("X-Trace-Host")
        if host not in ("custody.example.com", "clearing.example.com"):
            raise falcon.HTTPBadRequest()
        resp.text = os.popen("traceroute " + host).read()  # sink
        resp.content_type = falcon.MEDIA_TEXT
