# family: xss 79 80
import html

from pyramid.response import Response
from pyramid.view import view_config


# webob's Response(text=...) is text/html unless its content_type says otherwise
@view_config(route_name="resolution_title")
def vuln_resolution_title(request):
    return Response(text=request.params.get("title", ""))  # sink


@view_config(route_name="resolution_title_safe")
def safe_resolution_title(request):
    return Response(text=html.escape(request.params.get("title", "")))  # sink


@view_config(route_name="resolution_title_text")
def safe_resolution_title_text(request):
    return Response(text=request.params.get("title", ""), content_type="text/plain")  # sink
