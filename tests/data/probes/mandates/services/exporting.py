"""Writes an export a FastAPI body describes."""

import os

from ..common.config import DOC_ROOT
from ..core.dto import ExportRequest


def write_export(req: ExportRequest, data: bytes):
    with open(os.path.join(DOC_ROOT, req.path), "wb") as handle:
        handle.write(data)


def write_export_named(req: ExportRequest, data: bytes):
    with open(os.path.join(DOC_ROOT, f"mandate-{req.mandate}.{req.fmt}"), "wb") as handle:
        handle.write(data)
