# family: deser 502
import base64
import json
import pickle

from pyramid.view import view_config


@view_config(route_name="pyramid_layout", renderer="json")
def vuln_layout(request):
    layout = pickle.loads(base64.b64decode(request.cookies.get("layout", "")))  # sink
    return {"widgets": layout["widgets"]}


@view_config(route_name="pyramid_layout_safe", renderer="json")
def safe_layout(request):
    layout = json.loads(base64.b64decode(request.cookies.get("layout", "")))  # sink
    return {"widgets": layout["widgets"]}
