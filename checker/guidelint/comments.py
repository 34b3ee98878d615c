"""Where comments start in non-Python files (JavaScript, YAML, shell, ...): outside string literals only.

A suppression written inside a string (`msg = "// guidelint: ignore[X] ok"`) is data, not a comment.
The scan is deliberately simple and errs towards "string": a quote it cannot close hides the rest of the
line, so an odd line suppresses nothing rather than something.
"""

from __future__ import annotations

from guidelint.sourcelines import physical_lines

_QUOTES = "'\"`"
_MARKERS = ("#", "//", "--", "/*", "<!--")


def comment_columns(text: str) -> dict[int, int]:
    """{line number (1-based): column (0-based) where a comment starts} for lines that have one."""
    found: dict[int, int] = {}
    open_quote = ""  # a template literal (`...`) may span lines; other strings end with their line
    for number, line in enumerate(physical_lines(text), 1):
        i = 0
        quote = open_quote
        while i < len(line):
            c = line[i]
            if quote:
                if c == "\\" and quote != "'":
                    i += 2
                    continue
                if c == quote:
                    quote = ""
                i += 1
                continue
            if c in _QUOTES and (i == 0 or not line[i - 1].isalnum()):
                quote = c
            elif (i == 0 or line[i - 1].isspace()) and line.startswith(_MARKERS, i):
                found[number] = i
                break
            i += 1
        open_quote = quote if quote == "`" else ""
    return found
