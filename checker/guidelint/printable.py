"""Text from the scanned repository as a report line shows it: a file name, a line of code, a reason.

A pull request names its files and writes its code: a newline in a file name starts a line of its own in
the report (a CI runner obeys a line `::stop-commands::...` or `::add-mask::...` in its log), a terminal
escape moves the cursor or erases what was printed, and a bidirectional override shows code in another
order than it runs. Such characters are written as Python escapes (`\\n`, `\\x1b`, `\\u202e`), visibly.
"""

from __future__ import annotations

import re

# control characters but the tab (C0, DEL, C1), line and paragraph separators, and the invisible formatting
# characters: soft hyphen, bidirectional marks, embeddings, overrides and isolates, zero-width characters
_UNSHOWN = re.compile(
    "[\x00-\x08\x0a-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]"
)


def printable(text: str) -> str:
    """`text` with every control or invisible formatting character written as its escape."""
    return _UNSHOWN.sub(lambda match: ascii(match.group())[1:-1], text)


def shown_column(text: str, column: int) -> int:
    """Where the 1-based `column` of `text` lands once `text` is printable."""
    return len(printable(text[: column - 1])) + 1
