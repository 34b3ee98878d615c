# family: xss 79 80
import html

from bottle import HTTPResponse, request, route


@route("/ir/flash")
def vuln_flash():
    raise HTTPResponse(f"<p class='flash'>{request.query.get('msg', '')}</p>", status=400)  # sink


@route("/ir/flash/safe")
def safe_flash():
    raise HTTPResponse(f"<p class='flash'>{html.escape(request.query.get('msg', ''))}</p>", status=400)  # sink


@route("/ir/snippet", method="POST")
def vuln_snippet():
    return HTTPResponse(request.forms.get("snippet", ""), status=200)  # sink


@route("/ir/snippet.txt", method="POST")
def safe_snippet():
    return HTTPResponse(request.forms.get("snippet", ""), status=200, headers={"Content-Type": "text/plain"})  # sink
