"""A Falcon app whose session middleware lets some addresses through before it decides: the resources
routed at those addresses answer anyone, the others are behind it."""

import falcon

from gate.resources import AccountResource, HealthResource, OrdersResource, PublicDocsResource

OPEN_PATHS = ("/health",)
OPEN_PREFIXES = ("/docs/",)


class RequireSession:
    def process_request(self, req, resp):
        if req.path in OPEN_PATHS or req.path.startswith(OPEN_PREFIXES):
            return
        if req.context.get("session") is None:
            raise falcon.HTTPUnauthorized(title="sign in")


app = falcon.App(middleware=[RequireSession()])
app.add_route("/health", HealthResource())
app.add_route("/docs/{page}", PublicDocsResource())
app.add_route("/orders", OrdersResource())
app.add_route("/accounts/{account_id}", AccountResource())
