import falcon

from svc.store import rows


def require_token(req, resp, resource, params):
    if req.get_header("Authorization") != expected_token():
        raise falcon.HTTPUnauthorized(title="sign in")


def count_request(req, resp, resource, params):
    req.context.counted = True


def expected_token():
    return "secret"


class RequireSession:
    def process_request(self, req, resp):
        if req.context.get("session") is None:
            raise falcon.HTTPForbidden(title="no session")


@falcon.before(require_token)
class VaultResource:  # quiet
    def on_get(self, req, resp, name):
        resp.media = rows("vault", name)


class OrdersResource:  # quiet
    @falcon.before(require_token)
    def on_get(self, req, resp):
        resp.media = rows("orders")

    @falcon.before(require_token)
    def on_post(self, req, resp):
        resp.media = rows("order", req.get_media())


@falcon.before(count_request)
class BoardResource:  # expect
    def on_get(self, req, resp):
        resp.media = rows("board")


class SessionsResource:  # quiet
    def on_get_collection(self, req, resp):
        resp.media = rows("sessions")


api = falcon.App()
api.add_route("/vault/{name}", VaultResource())
api.add_route("/orders", OrdersResource())
api.add_route("/board", BoardResource())
private = falcon.App(middleware=[RequireSession()])
private.add_route("/sessions", SessionsResource(), suffix="collection")
