"""Report formats: each module renders a ScanResult to text."""

from __future__ import annotations

import importlib
from collections.abc import Callable

from guidelint.result import ScanResult

FORMATS = {
    "text": "text",
    "json": "json_report",
    "sarif": "sarif",
    "junit": "junit",
    "gitlab": "gitlab",
    "github": "github",
    "html": "html",
}


def renderer(fmt: str) -> Callable[[ScanResult, bool], str]:
    module = importlib.import_module(f"guidelint.report.{FORMATS[fmt]}")
    render: Callable[[ScanResult, bool], str] = module.render
    return render
