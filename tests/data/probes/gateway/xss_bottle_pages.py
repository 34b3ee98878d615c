# family: xss 79 80
import html

from bottle import get, request, template


@get("/bottle/hello")
def vuln_hello():
    name = request.query.get("name", "")
    return f"<h1>Welcome back, {name}</h1>"  # sink


@get("/bottle/hello/safe")
def safe_hello():
    name = request.query.get("name", "")
    return f"<h1>Welcome back, {html.escape(name)}</h1>"  # sink


@get("/bottle/desk")
def vuln_desk_banner():
    desk = request.get_cookie("desk", "")
    return "<div class='desk'>" + desk + "</div>"  # sink


@get("/bottle/desk/safe")
def safe_desk_banner():
    return template("desk_banner", desk=request.get_cookie("desk", ""))  # sink
