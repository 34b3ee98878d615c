# family: redirect 601
import falcon

LANDING = {"results": "/ir/results", "calendar": "/ir/calendar"}


class VulnLanding:
    def on_get(self, req, resp, section):
        raise falcon.HTTPFound(section)  # sink


class SafeLanding:
    def on_get(self, req, resp, section):
        raise falcon.HTTPFound(LANDING.get(section, "/ir"))  # sink


app = falcon.App()
app.add_route("/landing/{section}", VulnLanding())
app.add_route("/landing/safe/{section}", SafeLanding())


# a class of the module with responder-like names that no route registers: its callers pass the code's values
class SafeAuditTrail:
    def on_get(self, req, resp, target):
        resp.location = target  # sink

    def record(self, req, resp):
        self.on_get(req, resp, "/ir/audit")


# a resource the module makes in its application factory is registered there
class VulnLandingByCode:
    def on_get(self, req, resp, code):
        resp.location = code  # sink


def create_app():
    application = falcon.App()
    landing = VulnLandingByCode()
    application.add_route("/landing/code/{code}", landing)
    return application
