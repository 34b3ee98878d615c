# family: xss 79 80
import html

from pyramid.renderers import render_to_response
from pyramid.response import Response
from pyramid.view import view_config


# webob's Response(text=...) is text/html unless content_type says otherwise
@view_config(route_name="ir_search")
def vuln_search(request):
    q = request.params.get("q", "")
    return Response(text=f"<p>No announcement matches {q}</p>")  # sink


@view_config(route_name="ir_search_safe")
def safe_search(request):
    q = request.params.get("q", "")
    return Response(text=f"<p>No announcement matches {html.escape(q)}</p>")  # sink


@view_config(route_name="ir_search_text")
def safe_search_text(request):
    q = request.params.get("q", "")
    return Response(text=f"No announcement matches {q}", content_type="text/plain")  # sink


@view_config(route_name="ir_issuer")
def vuln_issuer(request):
    issuer = request.matchdict["issuer"]
    return Response("<h1>" + issuer + "</h1>")  # sink


@view_config(route_name="ir_issuer_page")
def safe_issuer(request):
    issuer = request.matchdict["issuer"]
    return render_to_response("templates/issuer.jinja2", {"issuer": issuer}, request=request)  # sink
