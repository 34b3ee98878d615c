"""Turning a file's bytes into text an engine can check, or a reason it cannot be."""

from __future__ import annotations

import codecs
import io
import tokenize


class UncheckableSource(Exception):
    """The file cannot be checked; the message says why (binary, undecodable, ...)."""


def decode_python(data: bytes) -> str:
    """Decode Python source per PEP 263 (coding cookie, BOM, default UTF-8)."""
    if b"\0" in data:
        raise UncheckableSource("binary content (NUL bytes), not Python source")
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    except SyntaxError as exc:
        if "unknown encoding" in str(exc) or "encoding problem" in str(exc):
            raise UncheckableSource(f"bad encoding declaration: {exc}") from None
        encoding = "utf-8"  # no usable declaration: decoding below says what is wrong
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise UncheckableSource(f"cannot decode as {encoding}: {exc}") from None
    return text.removeprefix("\ufeff")


def decode_text(data: bytes) -> str:
    """Decode a non-Python text file as UTF-8 (with or without BOM)."""
    if b"\0" in data:
        raise UncheckableSource("binary content (NUL bytes)")
    try:
        return codecs.decode(data, "utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UncheckableSource(f"cannot decode as utf-8: {exc}") from None
