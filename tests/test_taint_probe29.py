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
