"""The probes' known gaps closed in session 29 (issue 13), each by its cause, with our own flagged and safe pairs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.conftest import Run, scanned

# a context a framework hands a method holds the request under a constant key, next to the server's own objects:
# the entry is the request, whose client data (query, headers) is the client's and whose user is the server's; a
# DRF renderer's render() returns the body of a response of the media type its class names (HTML: a page; CSV: no
# markup)
RENDERERS = """
    from rest_framework.renderers import BaseRenderer


    class BannerRenderer(BaseRenderer):
        media_type = "text/html"
        format = "banner"

        def render(self, data, accepted_media_type=None, renderer_context=None):
            request = renderer_context.get("request")
            heading = request.GET.get("heading", "")
            return f"<section><h2>{heading}</h2>{len(data)} rows</section>".encode()


    class SignedBannerRenderer(BaseRenderer):
        media_type = "text/html"
        format = "signed"

        def render(self, data, accepted_media_type=None, renderer_context=None):
            owner = renderer_context["request"].user.get_username()
            view = renderer_context["view"].get_view_name()
            return f"<section><h2>{view}</h2>by {owner}</section>".encode()


    class HeadingCsvRenderer(BaseRenderer):
        media_type = "text/csv"
        format = "csv"

        def render(self, data, accepted_media_type=None, renderer_context=None):
            heading = renderer_context["request"].query_params.get("heading", "")
            return f"{heading};{len(data)}".encode()
"""


def test_renderer_context_holds_the_request(cli: Callable[..., Run], project: Callable[..., Path]) -> None:
    assert scanned(cli, project, {"renderers.py": RENDERERS}, {"OUT401"}) == [("renderers.py", "OUT401", 11)]


# a GraphQL resolver's execution info: graphene's integrations make info.context the request, strawberry's and
# ariadne's servers a context holding it under "request" (a dict, or an object's attribute); the context's other
# entries (settings, a database) and the request's user are the server's
RESOLVERS = """
    import os

    import graphene

    STATEMENTS = "/srv/statements"


    class StatementQuery(graphene.ObjectType):
        statement = graphene.String()
        own_statement = graphene.String()

        def resolve_statement(root, info):
            name = info.context.GET.get("file", "latest.txt")
            with open(os.path.join(STATEMENTS, name)) as handle:
                return handle.read()

        def resolve_own_statement(root, info):
            name = info.context.user.username + ".txt"
            with open(os.path.join(STATEMENTS, name)) as handle:
                return handle.read()
"""


AVATARS = """
    import httpx
    from ariadne import QueryType

    query = QueryType()


    @query.field("avatar")
    def resolve_avatar(_, info):
        source = info.context["request"].query_params["src"]
        return httpx.get(source).text


    @query.field("defaultAvatar")
    def resolve_default_avatar(_, info):
        source = info.context["settings"].AVATAR_URL
        return httpx.get(source).text
"""


CALLBACKS = """
    import requests
    import strawberry
    from strawberry.types import Info


    @strawberry.type
    class Mutation:
        @strawberry.mutation
        def notify(self, info: Info) -> bool:
            hook = info.context.request.headers["X-Callback"]
            return requests.post(hook, json={"ok": True}, timeout=5).ok

        @strawberry.mutation
        def notify_owner(self, info: Info) -> bool:
            hook = info.context.request.user.profile.callback_url
            return requests.post(hook, json={"ok": True}, timeout=5).ok
"""


def test_graphql_context_holds_the_request(cli: Callable[..., Run], project: Callable[..., Path]) -> None:
    files = {"resolvers.py": RESOLVERS, "avatars.py": AVATARS, "callbacks.py": CALLBACKS}
    assert scanned(cli, project, files, {"INP404", "INP405"}) == [
        ("avatars.py", "INP405", 10),
        ("callbacks.py", "INP405", 11),
        ("resolvers.py", "INP404", 14),
    ]


# a model class's manager bound in its body (`objects = ReportManager()`, or Django's
# `ReportManager.from_queryset(ReportQuerySet)()` with the queryset's methods too): `Report.objects.m(...)` runs that
# class's method, whose summary says what it does with what it is given (before: an unknown call, whose result was
# made of everything given, the request object's data included, and whose sinks were not seen)
MANAGER_MODELS = """
    from django.db import connection, models


    class ReportQuerySet(models.QuerySet):
        def titled(self, title):
            with connection.cursor() as cursor:
                cursor.execute("SELECT id FROM reports_report WHERE title = '%s'" % title)
                return [row[0] for row in cursor.fetchall()]


    class ReportManager(models.Manager):
        def for_reader(self, desk, request=None):
            reader = None if request is None else request.user
            return self.filter(desk=desk, readers=reader)


    class Report(models.Model):
        title = models.CharField(max_length=80)
        objects = ReportManager.from_queryset(ReportQuerySet)()


    class Archive(models.Model):
        objects = ReportManager()
"""


MANAGER_VIEWS = """
    import logging

    from django.http import JsonResponse

    from reports.models import Archive, Report

    LOGGER = logging.getLogger(__name__)


    def search(request):
        found = Report.objects.titled(request.GET["title"])
        return JsonResponse({"count": len(list(found))})


    def desk_reports(request, desk):
        reports = Archive.objects.for_reader(desk, request=request)
        LOGGER.info("desk reports: %s", reports)
        return JsonResponse({"count": reports.count()})

"""


def test_model_manager_methods_are_followed(cli: Callable[..., Run], project: Callable[..., Path]) -> None:
    files = {"reports/__init__.py": "", "reports/models.py": MANAGER_MODELS, "reports/views.py": MANAGER_VIEWS}
    assert scanned(cli, project, files, {"INP402", "AUD401"}) == [("reports/views.py", "INP402", 11)]


# a signal the project defines (django.dispatch.Signal()) sent with keywords: each function registered for it with
# @receiver (a signal, or a list of them, in another module) is called with them, and its sinks are reported at the
# send; a receiver of another signal is not (before: a send was an unknown method call, its receivers never read)
SIGNAL_EVENTS = """
    from django.dispatch import Signal

    statement_ready = Signal()
    statement_viewed = Signal()
"""


SIGNAL_HANDLERS = """
    import subprocess

    from django.dispatch import receiver

    from reports import events

    VIEWS = {}


    @receiver([events.statement_ready])
    def print_statement(sender, printer, **kwargs):
        subprocess.run(f"lp -d {printer} /srv/statements/latest.pdf", shell=True, check=True)


    @receiver(events.statement_viewed)
    def count_view(sender, printer, **kwargs):
        VIEWS[printer] = VIEWS.get(printer, 0) + 1
"""


SIGNAL_VIEWS = """
    from django.http import HttpResponse

    from reports.events import statement_ready, statement_viewed


    def print_view(request):
        statement_ready.send(sender=None, printer=request.POST["printer"])
        return HttpResponse(status=202)


    def view(request):
        statement_viewed.send(sender=None, printer=request.GET["printer"])
        return HttpResponse(status=204)
"""


def test_signal_send_calls_its_receivers(cli: Callable[..., Run], project: Callable[..., Path]) -> None:
    files = {
        "reports/__init__.py": "",
        "reports/events.py": SIGNAL_EVENTS,
        "reports/handlers.py": SIGNAL_HANDLERS,
        "reports/views.py": SIGNAL_VIEWS,
    }
    assert scanned(cli, project, files, {"INP401"}) == [("reports/views.py", "INP401", 7)]


# pickle.loads of a private attribute of the class (`self._entries[key]`, `.get(key)`, `self._last`) that the
# class's code writes only with pickle.dumps(...) results or an empty container: bytes this object pickled itself,
# a round trip through its own memory (INP101 quiet); a store another call fills (`.update(...)`) or one assigned
# what a socket received is reported as before
PRIVATE_STORES = """
    import pickle


    class LocalMemo:
        # a private store this object fills only with its own pickles: a round trip through its memory
        def __init__(self):
            self._entries: dict[str, bytes] = {}

        def remember(self, key, value):
            self._entries[key] = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)

        def recall(self, key):
            blob = self._entries.get(key)
            return None if blob is None else pickle.loads(blob)


    class SharedCache:
        def __init__(self, backend):
            self._entries = {}
            self._backend = backend

        def put(self, key, value):
            self._entries[key] = pickle.dumps(value)

        def refresh(self, key):
            self._entries.update(self._backend.fetch(key))

        def get(self, key):
            return pickle.loads(self._entries[key])


    class Inbox:
        def __init__(self):
            self._last = None

        def receive(self, sock):
            self._last = sock.recv(65536)

        def message(self):
            return pickle.loads(self._last)
"""


def test_private_store_of_own_pickles(cli: Callable[..., Run], project: Callable[..., Path]) -> None:
    assert scanned(cli, project, {"memo.py": PRIVATE_STORES}, {"INP101"}) == [
        ("memo.py", "INP101", 29),
        ("memo.py", "INP101", 40),
    ]
