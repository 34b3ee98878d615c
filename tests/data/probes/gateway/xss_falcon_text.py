# family: xss 79 80
import html

import falcon


class VulnSearchPage:
    def on_get(self, req, resp):
        q = req.get_param("q", default="")
        resp.content_type = falcon.MEDIA_HTML
        resp.text = f"<p>No research notes match <b>{q}</b></p>"  # sink


class SafeSearchPage:
    def on_get(self, req, resp):
        q = req.get_param("q", default="")
        resp.content_type = falcon.MEDIA_HTML
        resp.text = f"<p>No research notes match <b>{html.escape(q)}</b></p>"  # sink


class SafeSearchJson:
    def on_get(self, req, resp):
        resp.media = {"query": req.get_param("q", default=""), "notes": []}  # sink
