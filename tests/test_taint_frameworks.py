"""Request data of the frameworks besides Flask, Django and FastAPI (round 13 of the probes): the parameters a
route fills, the request readers, and the responses whose content type decides whether they are markup."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from guidelint.engines.taint.modelfile import ModelError, parse_model
from guidelint.engines.taint.models import Models

from tests.taintfindings import findings


def test_falcon_responder_parameters_after_resp_are_uri_fields() -> None:
    code = """
        import os
        import falcon

        class Archive:
            def on_post(self, req, resp, deal):
                os.system("tar czf /out/%s.tgz /deals" % deal)

        class Rotate:
            def on_post(self, req, resp, keep):
                os.system("rotate --keep %s" % keep)

            def helper(self, req, resp, name):
                os.system("ls " + name)

        app = falcon.App()
        app.add_route("/deals/{deal}", Archive())
        app.add_route("/rotate/{keep:int}", Rotate())
    """
    assert findings(code) == [("INP401", 6)]


def test_falcon_readers_carry_the_request_and_converting_readers_validate_it() -> None:
    code = """
        import os
        import falcon

        class Trace:
            def on_get(self, req, resp):
                os.system("traceroute " + req.get_header("X-Host"))
                os.system("sleep %d" % req.get_param_as_int("n"))
                raise falcon.HTTPFound(req.get_param("next"))

            def on_post(self, req, resp):
                resp.set_header("Location", req.media["back"])
                resp.set_header("X-Back", req.media["back"])
    """
    # a header set by hand is a header of the client's (OUT402); a Location one also sends the browser there
    # (INP406), as response.headers["Location"] = ... is reported both ways
    assert findings(code) == [("INP401", 6), ("INP406", 8), ("INP406", 11), ("OUT402", 11), ("OUT402", 12)]


def test_bottle_route_wildcards_and_their_filters() -> None:
    code = """
        import os
        from bottle import route

        @route("/reports/<name>")
        def report(name):
            os.system("cat /srv/" + name)

        @route("/desks/<desk:int>")
        def desk(desk):
            os.system("desk %s" % desk)
    """
    assert findings(code) == [("INP401", 6)]


def test_django_ninja_operation_parameters_and_its_request() -> None:
    # an operation's typed parameters are the client's; its request is Django's: its path is this site's
    code = """
        from ninja import Router
        from django.shortcuts import redirect

        router = Router()

        @router.post("/switch")
        def switch(request, back: str = "/"):
            return redirect(back)

        @router.post("/again")
        def again(request, desk: int):
            return redirect(request.get_full_path())
    """
    assert findings(code) == [("INP406", 8)]


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        # aiohttp: text= is text/plain unless content_type says otherwise
        (
            "from aiohttp import web\nasync def h(request):\n"
            "    return web.Response(text='Hello ' + request.query['q'])\n",
            [],
        ),
        (
            "from aiohttp import web\nasync def h(request):\n"
            "    return web.Response(text='Hello ' + request.query['q'], content_type='text/html')\n",
            [("OUT401", 3)],
        ),
        # Litestar: JSON unless the response or the route says markup, by a media-type constant
        (
            "from litestar import MediaType, Response, get\n@get('/a')\nasync def a(q: str) -> Response:\n"
            "    return Response(content='Hello ' + q, media_type=MediaType.TEXT)\n",
            [],
        ),
        (
            "from litestar import MediaType, Response, get\n@get('/a')\nasync def a(q: str) -> Response:\n"
            "    return Response(content='Hello ' + q, media_type=MediaType.HTML)\n",
            [("OUT401", 4)],
        ),
        ("from litestar import get\n@get('/a')\nasync def a(q: str) -> str:\n    return 'Hello ' + q\n", []),
        (
            "from litestar import MediaType, get\n@get('/a', media_type=MediaType.HTML)\n"
            "async def a(q: str) -> str:\n    return 'Hello ' + q\n",
            [("OUT401", 4)],
        ),
    ],
)
def test_default_and_named_content_types(code: str, expected: list[tuple[str, int]]) -> None:
    assert findings(code) == expected


def test_when_position_must_be_a_number() -> None:
    entry = {"method": ["set_header"], "kind": "redirect", "when": {"position": "first", "is": "Location"}}
    with pytest.raises(ModelError, match="position"):
        parse_model({"name": "x", "sinks": [entry]}, Path("x.yaml"), Models())


def test_a_ninja_operation_request_without_a_django_import_is_still_djangos() -> None:
    # the module imports no django: the request's user is the server's record, its GET the client's
    code = """
        import sqlite3
        from ninja import NinjaAPI

        api = NinjaAPI()

        @api.get("/mine")
        def mine(request):
            con = sqlite3.connect("t.db")
            con.execute("SELECT 1 FROM t WHERE owner = '%s'" % request.user.username)
            con.execute("SELECT 1 FROM t WHERE tag = '%s'" % request.GET["tag"])
    """
    assert findings(code) == [("INP402", 10)]


def test_starlette_path_params_a_route_converts() -> None:
    code = """
        import os
        from starlette.routing import Route

        async def report(request):
            os.system("cat /srv/reports/%s.pdf" % request.path_params["report_id"])

        async def page(request):
            os.system("cat /srv/pages/%s.html" % request.path_params["name"])

        async def either(request):
            os.system("cat /srv/pages/%s.html" % request.path_params["page"])

        routes = [
            Route("/reports/{report_id:int}", report),
            Route("/pages/{name}", page),
            Route("/either/{page:int}", either),
            Route("/either/{page}", endpoint=either),
        ]
    """
    assert findings(code) == [("INP401", 8), ("INP401", 11)]


FALCON_RESOURCES = """
import json

import falcon


class MeetingPage:
    def on_get(self, req, resp):
        resp.content_type = falcon.MEDIA_HTML
        resp.text = "<h1>" + req.get_param("title", default="") + "</h1>"


class MeetingRecord:
    def on_get(self, req, resp):
        resp.text = json.dumps({"title": req.get_param("title", default="")})


class MeetingNote:
    def on_get(self, req, resp):
        resp.text = "Note: " + req.get_param("note", default="")
"""


@pytest.mark.parametrize(
    ("app", "reported"),
    [
        ("app = falcon.App()\n", [9]),  # resp.text of a responder that sets no type is sent as JSON
        ("app = falcon.App(\n    media_type=falcon.MEDIA_HTML,\n)\n", [9, 14, 19]),  # ... unless the app says HTML
    ],
    ids=["default-json", "configured-html"],
)
def test_falcon_text_is_sent_as_the_apps_default_media_type(
    cli: Any, project: Any, app: str, reported: list[int]
) -> None:
    root = project(
        {
            "board/__init__.py": "",
            "board/resources.py": FALCON_RESOURCES,
            "board/app.py": "import falcon\n\nfrom board import resources\n\n" + app,
        }
    )
    run = cli("scan", ".", "-f", "json", "--no-cache", cwd=root)
    lines = [f["start"]["line"] for f in run.json()["findings"] if f["rule"] == "OUT401"]
    assert lines == reported
