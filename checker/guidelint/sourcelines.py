"""The lines of a file as its engines number them, for every place that turns an engine's line number into
text (snippets, code frames, suppressions, method bodies by their `ast` spans).

`str.splitlines` also splits at a form feed, `\\v`, `\\x1c`-`\\x1e`, `\\x85`, U+2028 and U+2029, which end no
line for Python's tokenizer, libcst, bandit or semgrep: one such character (an Emacs page break, a separator
in a comment) put every later line's text under the wrong number.
"""

from __future__ import annotations

import functools
import re

_PYTHON_BREAKS = re.compile(r"\r\n|\r|\n")  # what ends a line for Python's tokenizer and libcst
_PYTHON_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")  # one line with its end


def python_lines(text: str, keepends: bool = False) -> list[str]:
    """The lines of Python source: split at `\\r\\n`, `\\r` or `\\n` only (with `keepends`, each keeps its
    line end, so their lengths add up to offsets in `text`)."""
    if keepends:
        return _PYTHON_LINE.findall(text)
    return _PYTHON_BREAKS.split(text.rstrip("\r\n"))


@functools.lru_cache(maxsize=8)
def kept_python_lines(text: str) -> list[str]:
    """`python_lines(text, keepends=True)` of a module summarised again and again (each of its functions a
    caller asks about splits the same text): the lines of the last few texts are kept (`Project.module_text`
    hands out the same string for a module, whose hash Python keeps). Read only."""
    return python_lines(text, keepends=True)


def physical_lines(text: str) -> list[str]:
    """The lines of a non-Python file as semgrep numbers them: split at `\\n` only (a `\\r` before it dropped)."""
    return [line.removesuffix("\r") for line in text.removesuffix("\n").split("\n")]


def lines_of(language: str, text: str) -> list[str]:
    """The lines of a file in `language`, numbered as the engine that checks it numbers them."""
    return python_lines(text) if language == "python" else physical_lines(text)
