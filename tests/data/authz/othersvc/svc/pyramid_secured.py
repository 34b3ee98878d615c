from pyramid.security import NO_PERMISSION_REQUIRED
from pyramid.view import view_config

from svc.store import rows


@view_config(route_name="limits", renderer="json", permission="trade")
def limits(request):  # quiet
    return rows("limits", request.matchdict["account"])


@view_config(route_name="prices", renderer="json", permission=NO_PERMISSION_REQUIRED)
def prices(request):  # expect
    return rows("prices", request.matchdict["symbol"])


def settlement(request):  # quiet
    return rows("settlement", request.matchdict["account"])


def includeme(config):
    config.add_route("settlement", "/settlement/{account}")
    config.add_view(settlement, route_name="settlement", renderer="json", permission="settle")
