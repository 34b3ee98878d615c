"""Where in HTML a value lands, by the literal text the code writes before it."""

from __future__ import annotations

RAW_TEXT_ELEMENTS = ("script", "style")


def in_element_content(before: str) -> bool:
    """Text before a value that places it in an element's content: a tag the code closed ("<article>"), none
    left open after it (a '<' after the last '>': inside a tag, in an attribute's value), and no script or style
    element open (raw text, which no '<' ends). There only '<' starts markup: text with every '<' replaced
    (text.replace("<", "&lt;")) adds none."""
    lower = before.lower()
    end = lower.rfind(">")
    if end < 0 or lower.rfind("<") > end:
        return False
    return all(lower.rfind(f"<{raw}") <= lower.rfind(f"</{raw}") for raw in RAW_TEXT_ELEMENTS)
