# family: redirect 601
import falcon

LANDINGS = {"portfolio": "/portfolio", "reports": "/reports"}


class VulnLoginDone:
    def on_get(self, req, resp):
        raise falcon.HTTPFound(req.get_param("next", default="/"))  # sink


class SafeLoginDone:
    def on_get(self, req, resp):
        raise falcon.HTTPFound(LANDINGS.get(req.get_param("next", default=""), "/"))  # sink


class VulnLogout:
    def on_post(self, req, resp):
        resp.set_header("Location", req.media.get("return_to", "/"))  # sink
        resp.status = falcon.HTTP_303


class SafeLogout:
    def on_post(self, req, resp):
        resp.set_header("Location", "/signed-out")  # sink
        resp.status = falcon.HTTP_303
