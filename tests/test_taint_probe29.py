"""Round 29's causes (tests/data/probes/allocations): what a Django REST framework API written the way a team writes
it hands its hooks (perform_create's serializer, a serializer's validators and create(), a FilterSet's methods) and
what its serializers make safe (converting fields, validate_<field>() methods raising, an alias of validated_data),
each flagged shape beside the safe one it differs from."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.taintfindings import findings


def scan(cli: Any, root: Path) -> list[tuple[str, int, str]]:
    run = cli("scan", ".", "--no-cache", "--format", "json", "-o", "r.json", cwd=root)
    assert run.exit_code in (0, 1), run.stderr
    found = json.loads((root / "r.json").read_text())["findings"]
    return sorted(
        (f["path"], f["start"]["line"], f["rule"])
        for f in found
        if f["rule"][:3] in ("INP", "AUD", "OUT") and f["flow"]
    )


SERIALIZERS = """
from urllib.parse import urlparse

from rest_framework import serializers

HOSTS = {"hooks.example"}


class Notice(serializers.Serializer):
    desk = serializers.CharField()
    kind = serializers.ChoiceField(choices=["a", "b"])
    hook = serializers.URLField()

    def validate_hook(self, value):
        if urlparse(value).hostname not in HOSTS:
            raise serializers.ValidationError("unknown host")
        return value


class Free(serializers.Serializer):
    hook = serializers.URLField()
"""

VIEWS = """
import os

import requests
from rest_framework import mixins, viewsets

from .serializers import Free, Notice


class Notices(mixins.CreateModelMixin, viewsets.GenericViewSet):
    serializer_class = Notice

    def perform_create(self, serializer):
        data = serializer.validated_data
        os.system(f"notify {data['desk']}")
        os.system(f"notify {data['kind']}")
        os.system(f"notify {serializer.validated_data.get('kind')}")
        requests.post(serializer.validated_data["hook"], timeout=5)
        os.system(f"notify {serializer.save().pk}")


class FreeHooks(mixins.CreateModelMixin, viewsets.GenericViewSet):
    serializer_class = Free

    def perform_update(self, serializer):
        requests.post(serializer.validated_data["hook"], timeout=5)
"""


def test_perform_create_serializer_of_the_view(cli: Any, project: Any) -> None:
    """perform_create(self, serializer) / perform_update of a DRF view: the serializer is the view's
    serializer_class bound to the request's data, so its validated_data is the client's (through a name bound to
    it too), but for a converting field (ChoiceField) and one its validate_<field>() checks and raises on (a URL
    whose host is in an allow-list); what save() returns is the server's record."""
    root = project({"app/__init__.py": "", "app/serializers.py": SERIALIZERS, "app/views.py": VIEWS})
    assert scan(cli, root) == [("app/views.py", 14, "INP401"), ("app/views.py", 25, "INP405")]


PAGES = """
from rest_framework.pagination import PageNumberPagination


class Pages(PageNumberPagination):
    page_size_query_param = "size"


class OwnPages(PageNumberPagination):
    def get_page_size(self, request):
        return request.query_params.get("size")
"""

REPORT = """
from django.db import connection
from rest_framework.pagination import LimitOffsetPagination

from .pages import OwnPages, Pages


class Window(LimitOffsetPagination):
    pass


def report(request):
    cursor = connection.cursor()
    cursor.execute(f"SELECT 1 LIMIT {Pages().get_page_size(request)}")
    cursor.execute(f"SELECT 1 LIMIT {Window().get_limit(request)}")
    cursor.execute(f"SELECT 1 LIMIT {OwnPages().get_page_size(request)}")
    cursor.execute(f"SELECT 1 LIMIT {request.GET['size']}")
"""


def test_paginator_page_size_of_a_project_class(cli: Any, project: Any) -> None:
    """Pages().get_page_size(request) of a project class deriving from a DRF paginator that does not override
    it (of this module or another): the library's method, the query's value read as a positive int, so neither
    the flow nor the pattern rule (INP108, asking the facts) reports it; a class overriding it is its own."""
    root = project({"app/__init__.py": "", "app/pages.py": PAGES, "app/report.py": REPORT})
    run = cli("scan", ".", "--no-cache", "--format", "json", "-o", "r.json", cwd=root)
    assert run.exit_code == 1, run.stderr
    found = json.loads((root / "r.json").read_text())["findings"]
    assert sorted((f["start"]["line"], f["rule"]) for f in found if f["rule"].startswith("INP")) == [
        (15, "INP402"),
        (16, "INP402"),
    ]


def test_unicode_escape_keeps_a_log_line_one_line() -> None:
    """text.encode("unicode_escape") writes a line break as the two characters \\n: the log line stays one
    line (also decoded back to text, and with the codec named by keyword or with a hyphen); utf-8 and
    raw_unicode_escape keep the line break."""
    code = """
        import logging
        from rest_framework.permissions import BasePermission

        log = logging.getLogger(__name__)


        class Desk(BasePermission):
            def has_permission(self, request, view):
                desk = request.headers.get("X-Desk", "")
                log.warning("desk " + desk.encode("unicode_escape").decode("ascii"))
                log.warning("desk %s", desk.encode(encoding="unicode-escape"))
                log.warning("desk " + desk.encode("utf-8").decode("ascii"))
                log.warning("desk " + desk.encode("raw_unicode_escape").decode())
                return False
    """
    assert findings(code) == [("AUD401", 12), ("AUD401", 13)]
