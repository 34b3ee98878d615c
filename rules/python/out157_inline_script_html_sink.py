"""Scripts written in Python strings that put data into the page as HTML (DOM-based XSS)."""

import re
from collections.abc import Iterator

import libcst as cst
from guidelint.cst import Context, Rule, RuleMeta
from guidelint.cst.web import names_a_number

# element.innerHTML = ..., element.outerHTML += ...
ASSIGN_SINK = re.compile(r"\.(?:innerHTML|outerHTML)\s*\+?=(?!=)")
# document.write(...), el.insertAdjacentHTML(where, ...), $(...).html(...)
CALL_SINK = re.compile(r"(?:\bdocument\.writeln?|\.insertAdjacentHTML|\.html)\s*\(")
IDENTIFIER = re.compile(r"^[A-Za-z_$][\w$]*(?:\??\.[A-Za-z_$][\w$]*|\[[^\]]*\])*$")


class InlineScriptHtmlSink(Rule):
    meta = RuleMeta.of(
        id="OUT157",
        clause="SG-6.1",
        title="Inline script inserts data into the page as HTML",
        severity="medium",
        confidence="medium",
        cwe=[79],
        owasp="A03:2021-Injection",
        message="The page's script puts `{value}` into {sink}, which parses it as HTML",
        rationale=(
            "A script that builds markup from data and hands it to innerHTML, insertAdjacentHTML, "
            "document.write or jQuery's .html() makes the browser parse that data as HTML. A comment, a "
            "message or a URL parameter carrying <img src=x onerror=...> then runs in the page of whoever "
            "reads it, with their session: cross-site scripting that no server-side escaping sees, because "
            "the data arrives later, as JSON or from the URL."
        ),
        remediation=(
            "Put text in with textContent (element.textContent = value) or build elements with "
            "document.createElement; where markup must be built, escape each value with an escaping "
            "function (escapeHtml(value)) or sanitise the result with DOMPurify.sanitize(html)."
        ),
        references=(
            "https://cheatsheetseries.owasp.org/cheatsheets/DOM_based_XSS_Prevention_Cheat_Sheet.html",
            "https://developer.mozilla.org/en-US/docs/Web/API/Element/innerHTML#security_considerations",
        ),
    )
    nodes = (cst.SimpleString,)
    needles = (re.compile(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|\.html\("),)

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        assert isinstance(node, cst.SimpleString)
        script = node.value
        if not CALL_SINK.search(script) and not ASSIGN_SINK.search(script):
            return
        for sink, value, start in _sink_values(script):
            raw = _raw_value(value, script, 0)
            if raw:
                end = script.find("\n", start)
                span = (start, end if end != -1 else len(script))
                ctx.report(node, self.meta.message.format(value=raw, sink=sink), within=span)

    flagged = """
        PAGE = '''
        <div id="chat"></div>
        <script>
          fetch("/messages").then(r => r.json()).then(messages => {
            document.getElementById("chat").innerHTML = messages.map(m =>  // expect
              `<p><b>${m.sender}</b>: ${m.text}</p>`).join("");
          });
        </script>
        '''

        NOTES = '''
        <script>
          $.get("/notes", function (notes) {
            let html = "<ul>";
            notes.forEach(n => { html += "<li>" + n.body + "</li>"; });
            $("#notes").html(html);  // expect
          });
        </script>
        '''
    """
    safe = """
        PAGE = '''
        <script>
          function escapeHtml(text) {
            const div = document.createElement("div");
            div.textContent = text;
            return div.innerHTML;
          }
          fetch("/messages").then(r => r.json()).then(messages => {
            document.getElementById("chat").innerHTML = messages.map(m =>
              `<p><b>${escapeHtml(m.sender)}</b>: ${escapeHtml(m.text)}</p>`).join("");
            document.getElementById("count").innerHTML = `<b>${messages.length}</b> messages`;
            document.getElementById("last").textContent = messages[0].text;
            document.getElementById("link").innerHTML = `<a href="/m/${messages[0].id}">open</a>`;
            document.getElementById("spinner").innerHTML = "";
          });
        </script>
        '''
    """


def _sink_values(script: str) -> list[tuple[str, str, int]]:
    """(sink, the JavaScript expression it receives, where the sink starts) for every HTML sink."""
    found = []
    for match in ASSIGN_SINK.finditer(script):
        sink = "." + match.group(0).split("=")[0].strip(" +.")
        found.append((sink, _expression(script, match.end(), ";"), _line_start(script, match.start())))
    for match in CALL_SINK.finditer(script):
        text = _expression(script, match.end(), ")")
        if match.group(0).startswith(".insertAdjacentHTML"):
            text = _split_top(text, ",")[-1]
        found.append((match.group(0).rstrip("( ") + "()", text, _line_start(script, match.start())))
    return sorted(((s, v.strip(), at) for s, v, at in found if v.strip()), key=lambda item: item[2])


def _line_start(script: str, offset: int) -> int:
    """The offset of the first non-blank character of the line that holds `offset`."""
    start = script.rfind("\n", 0, offset) + 1
    return start + len(script[start:offset]) - len(script[start:offset].lstrip())


def _unquoted(text: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """(offset, character, bracket depth before it) for every character of the JavaScript outside its
    string and template literals."""
    depth, quote, i = 0, "", start
    while i < len(text):
        c = text[i]
        if quote:
            if c == "\\":
                i += 1  # the escaped character
            elif c == quote:
                quote = ""
        elif c in "'\"`":
            quote = c
        else:
            yield i, c, depth
            if c in "([{":
                depth += 1
            elif c in ")]}":
                depth -= 1
        i += 1


def _expression(script: str, start: int, stop: str) -> str:
    """The JavaScript from `start` up to `stop` (or, for statements, a line end) at the top level."""
    for i, c, depth in _unquoted(script, start):
        if depth == 0 and (c in ")]}" or c == stop or (c == "\n" and stop == ";" and script[start:i].strip())):
            return script[start:i]
    return script[start:]


def _split_top(text: str, separator: str) -> list[str]:
    """Split at `separator` outside brackets and quotes."""
    cuts = [i for i, c, depth in _unquoted(text) if c == separator and depth == 0]
    return [text[a + 1 : b] for a, b in zip([-1, *cuts], [*cuts, len(text)], strict=True)]


def _raw_value(value: str, script: str, depth: int) -> str | None:
    """The first piece of data the HTML is built from as it is: a variable or property inserted
    without passing through any function (which may escape it)."""
    if depth > 2:
        return None
    for part in _split_top(value, "+"):
        part = part.strip()
        if part.startswith("`"):
            for expression in map(str, re.findall(r"\$\{([^{}]*)\}", part)):
                if _raw(expression.strip()):
                    return expression.strip()
            continue
        if "=>" in part or "(" in part:  # a call or a callback: look inside for template literals
            for template in re.findall(r"`[^`]*`", part):
                found = _raw_value(template, script, depth)
                if found:
                    return found
            continue
        if not _raw(part):
            continue
        if depth == 0 and re.fullmatch(r"[A-Za-z_$][\w$]*", part):  # a variable: what was put in it
            for assigned in re.finditer(rf"(?<![\w.$]){re.escape(part)}\s*\+?=(?!=)", script):
                found = _raw_value(_expression(script, assigned.end(), ";"), script, depth + 1)
                if found:
                    return found
            continue
        return part
    return None


def _raw(expression: str) -> bool:
    return bool(IDENTIFIER.match(expression)) and not names_a_number(expression)
