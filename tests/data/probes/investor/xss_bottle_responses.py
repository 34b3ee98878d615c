# family: xss 79 80
import html

from bottle import HTTPResponse, request, route


@route("/ir/flash")
def vuln_flash():
    raise HTTPResponse(f"<p class='flash'>{request.query.get('msg', '')}</p>", status=400)  # sink


@route("/ir/flash/safe")
def safe_flash():
    raise HTTPResponse(f"<p class='flash'>{html.escape(request.query.get('msg', ''))}</p>", status=400)  # sink
