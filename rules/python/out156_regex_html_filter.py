"""Dangerous HTML removed with regular expressions (script tags, event handlers, javascript: URLs)."""

import re

import libcst as cst
from guidelint.cst import Context, Rule, RuleMeta, arg, module_constant

REGEX_FUNCTIONS = tuple(f"re.{name}" for name in ("sub", "subn", "compile", "search", "match", "findall", "finditer"))
# a pattern that tries to recognise dangerous markup by its text
BLOCKLIST = re.compile(r"(?i)<\\?/?\s*(script|iframe|object|embed)|(\\s|\\b| )on(\\w|\[a-z)|javascript\s*:")


class RegexHtmlFilter(Rule):
    meta = RuleMeta.of(
        id="OUT156",
        clause="SG-6.1",
        title="HTML filtered with a regular expression",
        severity="medium",
        confidence="medium",
        cwe=[116, 184],
        owasp="A03:2021-Injection",
        message="{name}() looks for dangerous markup with the pattern {pattern}; browsers accept forms it misses",
        rationale=(
            "Browsers parse far more than a pattern can list: <script > with a space, <SCRIPT/x>, tags split "
            "across the filter's own replacement, <svg onload=...>, entities inside javascript: URLs. A "
            "regular expression that removes or detects script tags, event handlers or javascript: leaves "
            "those through, and the text is then trusted as clean HTML."
        ),
        remediation=(
            "Escape the text (html.escape, markupsafe.escape) when it is not meant to be HTML; when it is, "
            "sanitise it with an allow-list HTML sanitiser that parses it (nh3.clean, bleach.clean)."
        ),
        references=(
            "https://cheatsheetseries.owasp.org/cheatsheets/XSS_Filter_Evasion_Cheat_Sheet.html",
            "https://cwe.mitre.org/data/definitions/184.html",
        ),
    )
    calls = REGEX_FUNCTIONS
    needles = (BLOCKLIST,)

    def check_call(self, call: cst.Call, name: str, ctx: Context) -> None:
        pattern = arg(call, "pattern", 0)
        text = module_constant(ctx, pattern.value) if pattern is not None else None
        if isinstance(text, str) and BLOCKLIST.search(text):
            shown = repr(text) if len(text) <= 40 else repr(text[:37] + "...")
            ctx.report(call, self.meta.message.format(name=name, pattern=shown))

    flagged = """
        import re

        SCRIPT = re.compile(r"<script.*?>.*?</script>", re.IGNORECASE | re.DOTALL)  # expect

        def clean(comment):
            comment = SCRIPT.sub("", comment)
            return re.sub(r"\\son\\w+\\s*=", " ", comment)  # expect
    """
    safe = """
        import html
        import re

        import nh3

        def clean(comment, rich):
            if rich:
                return nh3.clean(comment)
            return re.sub(r"\\s+", " ", html.escape(comment))
    """
