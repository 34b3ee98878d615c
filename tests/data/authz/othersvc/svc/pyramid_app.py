from pyramid.authorization import ACLHelper
from pyramid.config import Configurator
from pyramid.view import view_config

from svc.store import rows


@view_config(route_name="ledger", renderer="json", permission="view")
def ledger(request):  # quiet
    return rows("ledger", request.matchdict["account"])


@view_config(route_name="holdings", renderer="json")
def holdings(request):  # expect
    return rows("holdings", request.matchdict["account"])


def exposures(request):  # expect
    return rows("exposures", request.matchdict["account"])


class SessionPolicy:  # the security policy that checks the views' permission=
    def identity(self, request):
        return request.session.get("user")

    def permits(self, request, context, permission):
        principals = ["system.Authenticated"] if self.identity(request) else []
        return ACLHelper().permits(context, principals, permission)


def make_app():
    with Configurator() as config:
        config.set_security_policy(SessionPolicy())
        config.add_route("ledger", "/ledger/{account}")
        config.add_route("holdings", "/holdings/{account}")
        config.add_route("exposures", "/exposures/{account}")
        config.add_view(exposures, route_name="exposures", renderer="json")
        config.scan()
        return config.make_wsgi_app()
