"""Identifiers as Python reads them: NFKC-normalised (PEP 3131), so full-width `yaml` is `yaml`."""

from __future__ import annotations

import unicodedata

import libcst as cst


class _Normalize(cst.CSTTransformer):
    def leave_Name(self, original_node: cst.Name, updated_node: cst.Name) -> cst.Name:
        if updated_node.value.isascii():
            return updated_node
        return updated_node.with_changes(value=unicodedata.normalize("NFKC", updated_node.value))


def normalize_names(module: cst.Module, text: str) -> cst.Module:
    """The module with every identifier normalised; ASCII sources (nearly all) are returned as they are."""
    if text.isascii():
        return module
    return module.visit(_Normalize())
