# family: xss 79 80
from markupsafe import escape
from pyramid.response import Response
from pyramid.view import view_config


@view_config(route_name="pyramid_hello")
def vuln_hello(request):
    return Response(f"<h1>Welcome back, {request.params.get('name', '')}</h1>")  # sink


@view_config(route_name="pyramid_hello_safe")
def safe_hello(request):
    return Response(f"<h1>Welcome back, {escape(request.params.get('name', ''))}</h1>")  # sink


@view_config(route_name="pyramid_note")
def vuln_note(request):
    request.response.text = "<pre>" + request.POST["note"] + "</pre>"  # sink
    return request.response


@view_config(route_name="pyramid_note_safe")
def safe_note(request):
    return Response(request.POST["note"], content_type="text/plain")  # sink
