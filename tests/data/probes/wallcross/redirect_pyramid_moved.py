# family: redirect 601
from pyramid.httpexceptions import HTTPMovedPermanently, HTTPTemporaryRedirect
from pyramid.view import view_config


@view_config(route_name="wall_moved")
def vuln_wall_moved(request):
    return HTTPMovedPermanently(location=request.params["to"])  # sink


@view_config(route_name="wall_moved_safe")
def safe_wall_moved(request):
    return HTTPMovedPermanently(location=request.route_url("wall", deal=request.params["deal"]))  # sink


@view_config(route_name="wall_retry")
def vuln_wall_retry(request):
    raise HTTPTemporaryRedirect(request.params["retry"])  # sink


@view_config(route_name="wall_retry_safe")
def safe_wall_retry(request):
    raise HTTPTemporaryRedirect(request.route_url("wall_retry_safe"))  # sink
