# family: header 113
import falcon
from pyramid.response import Response
from pyramid.view import view_config

CHANNELS = ("board", "audit", "remuneration")


class VulnChannelHeader:
    def on_get(self, req, resp):
        resp.set_header("X-Channel", req.get_param("channel") or "board")  # sink
        resp.media = {"ok": True}


class SafeChannelHeader:
    def on_get(self, req, resp):
        channel = req.get_param("channel") or "board"
        resp.set_header("X-Channel", channel if channel in CHANNELS else "board")  # sink
        resp.media = {"ok": True}


class VulnChannelCookie:
    def on_post(self, req, resp):
        resp.set_cookie("channel", req.get_param("channel") or "board", secure=True)  # sink
        resp.media = {"ok": True}


class SafeChannelCookie:
    def on_post(self, req, resp):
        channel = req.get_param("channel") or "board"
        resp.set_cookie("channel", channel if channel in CHANNELS else "board", secure=True)  # sink
        resp.media = {"ok": True}


class VulnChannelVary:
    def on_get(self, req, resp):
        resp.append_header("X-Seen-Channel", req.get_header("X-Channel") or "")  # sink
        resp.media = {"ok": True}


class SafeChannelVary:
    def on_get(self, req, resp):
        seen = req.get_header("X-Channel") or ""
        resp.append_header("X-Seen-Channel", seen if seen in CHANNELS else "")  # sink
        resp.media = {"ok": True}


app = falcon.App()
app.add_route("/channel", VulnChannelHeader())
app.add_route("/channel/safe", SafeChannelHeader())
app.add_route("/channel/cookie", VulnChannelCookie())
app.add_route("/channel/cookie/safe", SafeChannelCookie())
app.add_route("/channel/vary", VulnChannelVary())
app.add_route("/channel/vary/safe", SafeChannelVary())


@view_config(route_name="committee_pref")
def vuln_committee_pref(request):
    response = Response("saved", content_type="text/plain")
    response.set_cookie("committee", request.params.get("committee", "board"), secure=True)  # sink
    return response


@view_config(route_name="committee_pref_safe")
def safe_committee_pref(request):
    committee = request.params.get("committee", "board")
    response = Response("saved", content_type="text/plain")
    response.set_cookie("committee", committee if committee in CHANNELS else "board", secure=True)  # sink
    return response


@view_config(route_name="committee_echo")
def vuln_committee_echo(request):
    request.response.headers["X-Committee"] = request.params.get("committee", "")  # sink
    return request.response


@view_config(route_name="committee_echo_safe")
def safe_committee_echo(request):
    committee = request.params.get("committee", "")
    request.response.headers["X-Committee"] = committee if committee in CHANNELS else ""  # sink
    return request.response
