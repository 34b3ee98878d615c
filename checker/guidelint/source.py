"""Turning a file's bytes into text an engine can check, or a reason it cannot be (Python 2 source among them)."""

from __future__ import annotations

import codecs
import contextlib
import io
import re
import tokenize


class UncheckableSource(Exception):
    """The file cannot be checked; the message says why (binary, undecodable, ...)."""


def decode_python(data: bytes) -> str:
    """Decode Python source per PEP 263 (coding cookie, BOM, default UTF-8)."""
    if b"\0" in data:
        encoding = wide_encoding(data)
        if encoding is not None:  # CPython reads source only in encodings ASCII is a part of
            raise UncheckableSource(f"{encoding.upper()} text, which Python cannot run (save it as UTF-8)")
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


_WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16's: FF FE 00 00 starts with FF FE
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def wide_encoding(data: bytes) -> str | None:
    """The UTF-16 or UTF-32 encoding a byte order mark at the start of `data` names, or None."""
    return next((name for bom, name in _WIDE_BOMS if data.startswith(bom)), None)


_LONE_CR = re.compile(rb"\r(?!\n)")


def as_text(data: bytes) -> bytes:
    """The bytes the engines of other languages than Python read of a file (Python's read it as CPython does):
    - a text file whose byte order mark says UTF-16 or UTF-32 (a YAML or JavaScript file saved so on
      Windows) as the UTF-8 text it is, mark left out: its lines and character columns are the same, and
      every engine reads what the file says (content that does not decode is left as it is);
    - a lone carriage return (classic Mac OS line ends) as the line end it is to JavaScript, YAML and every
      editor, written as `\\n` (one byte for one): semgrep counts lines at `\\n` only, and would report
      every finding of such a file on its first line."""
    encoding = wide_encoding(data)
    if encoding is not None:
        with contextlib.suppress(UnicodeError):
            data = data[4 if "32" in encoding else 2 :].decode(encoding).encode("utf-8", errors="surrogatepass")
    return _LONE_CR.sub(b"\n", data) if b"\r" in data else data


def decode_text(data: bytes) -> str:
    """Decode a non-Python text file as UTF-8 (with or without BOM)."""
    if b"\0" in data:
        raise UncheckableSource("binary content (NUL bytes)")
    try:
        return codecs.decode(data, "utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UncheckableSource(f"cannot decode as utf-8: {exc}") from None


_PYTHON2_MESSAGES = (
    ("Missing parentheses in call to 'print'", "a print statement"),
    ("Missing parentheses in call to 'exec'", "an exec statement"),
    ("leading zeros in decimal integer literals", "an octal literal without 0o"),
)
_EXCEPT_COMMA = re.compile(r"^\s*except\s+[\w.]+\s*,\s*\w+\s*:")
_LONG_LITERAL = re.compile(r"\b(?:0[xX][0-9a-fA-F]+|\d+)[lL]\b")


def python2_construct(error: SyntaxError) -> str | None:
    """The Python 2 construct Python 3 stopped at (`print "x"`, `except E, e:`, `0777`, `10L`, backquotes,
    `<>`, `raise E, "message"`, `ur""`), or None for any other syntax error."""
    message, line = error.msg or "", error.text or ""
    at = line[(error.offset or 1) - 1 :]
    for start, construct in _PYTHON2_MESSAGES:
        if message.startswith(start):
            return construct
    if message == "multiple exception types must be parenthesized" and _EXCEPT_COMMA.match(line):
        return "except E, name:"
    if message in ("invalid decimal literal", "invalid hexadecimal literal") and _LONG_LITERAL.search(line):
        return "a long integer literal"
    if message != "invalid syntax":
        return None
    if at.startswith("`"):
        return "backquotes"
    if at.startswith("<>"):
        return "the <> operator"
    if at.startswith(",") and line.lstrip().startswith("raise "):
        return "raise E, message"
    if at[:1] in ("'", '"') and line[: (error.offset or 1) - 1].lower().endswith("ur"):
        return "a ur'' string"
    return None
