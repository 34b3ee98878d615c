import falcon

from svc.store import rows


class AccountResource:  # expect
    def on_get(self, req, resp, account):
        resp.media = rows("account", account)


class LimitsResource:  # quiet
    def on_get(self, req, resp, account):
        if req.context.user is None:
            raise falcon.HTTPUnauthorized(title="sign in")
        resp.media = rows("limits", account)


app = falcon.App()
app.add_route("/accounts/{account}", AccountResource())
app.add_route("/limits/{account}", LimitsResource())
