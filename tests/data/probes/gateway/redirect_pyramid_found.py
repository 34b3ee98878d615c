# family: redirect 601
from pyramid.httpexceptions import HTTPFound
from pyramid.view import view_config


@view_config(route_name="pyramid_login_done")
def vuln_after_login(request):
    return HTTPFound(location=request.params.get("came_from", "/"))  # sink


@view_config(route_name="pyramid_login_done_safe")
def safe_after_login(request):
    came_from = request.params.get("came_from", "")
    if came_from not in ("portfolio", "reports"):
        came_from = "home"
    return HTTPFound(location=request.route_url(came_from))  # sink
