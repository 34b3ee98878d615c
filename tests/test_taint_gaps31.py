"""The probes' known gaps closed in session 31 (issue 13), each by its cause, with our own flagged and safe pairs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.conftest import Run, scanned

# a middleware or a view decorator hands the request on to the handler it wraps (Django's get_response, the
# decorated view): what that returns is the handler's response, not the request's data; a header written from
# the response is quiet, one written from what the client sent is reported
WRAPPERS = """
    from functools import wraps

    from django.http import HttpResponse


    def add_policy(response, extra):
        current = response.get("Content-Security-Policy", "default-src 'self'")
        response["Content-Security-Policy"] = current + "; " + extra


    class FramePolicyMiddleware:
        def __init__(self, get_response):
            self.get_response = get_response

        def __call__(self, request):
            response = self.get_response(request)
            response["X-Frame-Options"] = response.get("X-Frame-Options", "DENY")
            add_policy(response, "frame-ancestors 'none'")
            return response


    class DebugEchoMiddleware:
        def __init__(self, get_response):
            self.get_response = get_response

        def __call__(self, request):
            response = self.get_response(request)
            response["X-Debug-Echo"] = request.GET["x"]
            return response


    def frame_policy_middleware(get_response):
        def middleware(request):
            response = get_response(request)
            response["X-Frame-Options"] = response.get("X-Frame-Options", "DENY")
            return response

        return middleware


    def with_policy(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            response = view(request=request, *args, **kwargs)
            add_policy(response, "frame-ancestors 'none'")
            return response

        return wrapper


    def tagged(view):
        def wrapper(request, *args, **kwargs):
            response = view(request, *args, **kwargs)
            response["Content-Security-Policy-Report-Only"] = "report-uri " + request.GET.get("report", "/csp")
            return response

        return wrapper


    def labelled(request, label_of):
        response = HttpResponse("ok")
        response["X-Label"] = label_of(request)
        return response


    def cache_for(seconds):
        def decorator(view):
            if seconds:

                def wrapper(request, *args, **kwargs):
                    response = view(request, *args, **kwargs)
                    response["Cache-Control"] = response.get("Cache-Control", f"max-age={seconds}")
                    return response

            else:

                async def wrapper(request, *args, **kwargs):
                    response = await view(request, *args, **kwargs)
                    add_policy(response, "frame-ancestors 'none'")
                    return response

            return wraps(view)(wrapper)

        return decorator
"""


def test_wrapped_handler_returns_a_response(cli: Callable[..., Run], project: Callable[..., Path]) -> None:
    found = scanned(cli, project, {"app/__init__.py": "", "app/middleware.py": WRAPPERS}, {"OUT402"})
    assert found == [
        ("app/middleware.py", "OUT402", 28),
        ("app/middleware.py", "OUT402", 54),
        ("app/middleware.py", "OUT402", 62),
    ]


# a JSON body's value is whatever the client wrote, an object included: under a field of a MongoDB filter built in
# code it is an operator document ({"$ne": null} matches every record); a query string's value is text, and a value
# checked to be text or converted to it is compared as it is
OPERATORS = """
    import json

    from flask import Flask, request
    from pymongo import MongoClient

    app = Flask(__name__)
    tickets = MongoClient("mongodb://db.internal:27017")["desk"]["tickets"]


    @app.post("/tickets/mine")
    def tickets_of_reporter():
        payload = request.get_json(force=True)
        reporter = payload.get("reporter")
        return {"tickets": list(tickets.find({"reporter": reporter, "open": True}, {"_id": 0}))}


    @app.post("/tickets/tagged")
    def tickets_tagged():
        wanted = json.loads(request.data)["tag"]
        query = {"$and": [{"tag": wanted}, {"open": True}]}
        return {"count": tickets.count_documents(query)}


    @app.post("/tickets/checked")
    def tickets_of_checked_reporter():
        reporter = request.get_json(force=True).get("reporter")
        if not isinstance(reporter, str):
            return {"error": "reporter must be text"}, 400
        return {"tickets": list(tickets.find({"reporter": reporter}, {"_id": 0}))}


    @app.post("/tickets/converted")
    def tickets_tagged_as_text():
        payload = request.get_json(force=True)
        wanted = str(payload["tag"])
        return {"count": tickets.count_documents({"tag": {"$eq": payload["tag"]}, "label": wanted})}


    @app.get("/tickets/by")
    def tickets_by_query_string():
        return {"tickets": list(tickets.find({"reporter": request.args.get("reporter", "")}, {"_id": 0}))}


    @app.get("/tickets/raw")
    def tickets_raw_filter():
        wanted = request.args["filter"]
        if isinstance(wanted, str):  # text, but parsed into a query document next
            wanted = json.loads(wanted)
        return {"tickets": list(tickets.find(wanted))}
"""


def test_json_value_under_a_filter_field(cli: Callable[..., Run], project: Callable[..., Path]) -> None:
    found = scanned(cli, project, {"app.py": OPERATORS}, {"INP413"})
    assert found == [("app.py", "INP413", 14), ("app.py", "INP413", 21), ("app.py", "INP413", 49)]


# an object's text form is what logs, prints, tracebacks and error trackers show of it: a __repr__ or __str__
# that puts a credential the object holds into it writes the secret wherever the object is mentioned
TEXT_FORMS = """
    import logging

    log = logging.getLogger(__name__)


    class BrokerSession:
        def __init__(self, account, session_token):
            self.account = account
            self.session_token = session_token

        def __repr__(self):
            return "BrokerSession(account={}, token={})".format(self.account, self.session_token)


    class MaskedSession(BrokerSession):
        def __repr__(self):
            return f"MaskedSession(account={self.account}, token=...{self.session_token[-4:]})"

        def __str__(self):
            return f"session of {self.account} ({'with' if self.session_token else 'no'} token)"


    def open_session(account, token):
        session = BrokerSession(account, token)
        log.info("opened %r", session)
        return session
"""


def test_credential_in_an_objects_text_form(cli: Callable[..., Run], project: Callable[..., Path]) -> None:
    found = scanned(cli, project, {"broker.py": TEXT_FORMS}, {"CNF101", "CNF102"})
    assert found == [("broker.py", "CNF102", 12)]
