"""Scripts written in Python strings that put data into the page as HTML (DOM-based XSS)."""

import re
from collections.abc import Iterator

import libcst as cst
from guidelint.cst import Context, Rule, RuleMeta
from guidelint.cst.web import NUMBER_CALLS, names_a_number

# element.innerHTML = ..., element.outerHTML += ...
ASSIGN_SINK = re.compile(r"\.(?:innerHTML|outerHTML)\s*\+?=(?!=)")
# document.write(...), el.insertAdjacentHTML(where, ...), $(...).html(...)
CALL_SINK = re.compile(r"(?:\bdocument\.writeln?|\.insertAdjacentHTML|\.html)\s*\(")
IDENTIFIER = re.compile(r"^[A-Za-z_$][\w$]*(?:\??\.[A-Za-z_$][\w$]*|\[[^\]]*\])*$")
# a server-side template's placeholder ({{ bio }}, {{ bio|escapejs }}): the server's data, pasted into the script
TEMPLATE_PLACEHOLDER = re.compile(r"\{\{\s*([^{}]*?)\s*\}\}")
# ... and in a page formatted with % (also "%(bio)s"), or a field of one formatted with .format() ({bio}, {})
PERCENT_PLACEHOLDER = re.compile(r"\{\{\s*([^{}]*?)\s*\}\}|(?<!%)%(?:\((\w+)\))?[-#0 +]*\d*(?:\.\d+)?[sr]")
FORMAT_FIELD = re.compile(r"\{(\w*)(?:[.\[][^{}!:]*)?(?:![rsa])?(?::[^{}]*)?\}")
# what an f-string page formats in ({bio}), the n-th written over with chr(FORMATTED + n) (the offsets stay)
FORMATTED = 0xE000  # Unicode's private use area: no page's script holds these
FORMATTED_PLACEHOLDER = re.compile("[\ue000-\uf8ff]+")
FORMATTERS = ("format", "format_map")
# filters of a placeholder whose result is a number: no markup, wherever it goes
NUMBER_FILTERS = frozenset({"length", "count", "int", "float", "floatformat", "filesizeformat", "wordcount"})


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
            "the data arrives later, as JSON or from the URL. A value the server pastes into the script "
            '(var bio = "{{ bio }}", an f-string\'s {bio}, the %s of a page formatted with %) is no safer: the '
            "template escapes it for HTML text, but the script's string decodes \\u003c to <, and the HTML sink "
            "parses the result."
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
    nodes = (cst.SimpleString, cst.FormattedString)
    needles = (re.compile(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|\.html\("),)

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        formatted: list[str] = []  # the source of each value an f-string formats in
        parent = ctx.ancestors[-1] if ctx.ancestors else None
        if isinstance(node, cst.SimpleString):
            script, placeholder = node.value, TEMPLATE_PLACEHOLDER
            if (
                isinstance(parent, cst.BinaryOperation)
                and isinstance(parent.operator, cst.Modulo)
                and parent.left is node
            ):
                placeholder = PERCENT_PLACEHOLDER  # PAGE % bio: the page's %s is the value
            elif isinstance(parent, cst.Attribute) and parent.value is node and parent.attr.value in FORMATTERS:
                # PAGE.format(bio=bio): {bio} is the value, {{ }} the script's own braces
                script, placeholder = script.replace("{{", "{ ").replace("}}", "} "), FORMAT_FIELD
        elif isinstance(node, cst.FormattedString) and len(node.parts) < 0x1000:
            # the page's text as written, the n-th {value} the f-string formats in written over with chr(FORMATTED + n)
            pieces = [node.start]
            for part in node.parts:
                code = ctx.code(part)
                if isinstance(part, cst.FormattedStringText):  # ${{m.text}} is the script's ${m.text}
                    code = code.replace("{{", "{ ").replace("}}", "} ")
                elif _number(part):  # {note_id}, {len(notes)}: digits
                    code = "0" * len(code)
                else:
                    formatted.append(code)
                    code = chr(FORMATTED + len(formatted) - 1) * len(code)
                pieces.append(code)
            script, placeholder = "".join(pieces), FORMATTED_PLACEHOLDER
        else:
            return
        if not CALL_SINK.search(script) and not ASSIGN_SINK.search(script):
            return
        for sink, value, start in _sink_values(script):
            raw = _raw_value(value, script, 0, placeholder)
            if raw and formatted and FORMATTED_PLACEHOLDER.fullmatch(raw):  # the f-string's own text of that value
                raw = formatted[ord(raw[0]) - FORMATTED]
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

        # the template escapes the bio for HTML text, but the script's string decodes "\\u003c" to "<"
        PROFILE = '''
        <script>
          var bio = "{{ profile.bio }}";
          document.getElementById("bio").innerHTML = bio;  // expect
          document.getElementById("motto").innerHTML = "{{ profile.motto|escapejs }}";  // expect
        </script>
        '''

        def note_page(note):
            return f'''
            <script>
              const note = "{note}";
              document.querySelector(".note").insertAdjacentHTML("beforeend", note);  // expect
              document.querySelector(".more").innerHTML = `<i>${{note}}</i>`;  // expect
            </script>
            '''

        def memo_page(memo, author):
            page = '''<script>
              document.getElementById("memo").innerHTML = "%s";  // expect
            </script>''' % memo
            card = '''<script>
              const who = "{author}";
              if (who) {{ document.getElementById("author").innerHTML = who; }}  // expect
            </script>'''.format(author=author)
            return page + card
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

        PROFILE = '''
        <script>
          var bio = "{{ profile.bio|escapejs }}";
          document.getElementById("bio").textContent = bio;
          document.getElementById("posts").innerHTML = "{{ profile.posts|length }}";
        </script>
        '''

        import json

        def note_page(note, note_id):
            return f'''
            <script>
              const note = {json.dumps(note)};
              document.querySelector(".note").textContent = note;
              document.querySelector(".id").innerHTML = "{note_id}";
            </script>
            '''

        def memo_page(memo, memo_id):
            page = '''<script>
              document.getElementById("memo").textContent = "%(memo)s";
              document.getElementById("id").innerHTML = "%(memo_id)d";
            </script>''' % {"memo": memo, "memo_id": memo_id}
            card = '''<script>
              if (window.memoCount) {{ document.getElementById("count").innerHTML = "{memo_id}"; }}
            </script>'''.format(memo_id=memo_id)
            return page + card
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


def _raw_value(value: str, script: str, depth: int, placeholder: re.Pattern[str]) -> str | None:
    """The first piece of data the HTML is built from as it is: a variable or property inserted
    without passing through any function (which may escape it), or a placeholder the server fills in."""
    if depth > 2:
        return None
    for part in _split_top(value, "+"):
        part = part.strip()
        # "{{ bio }}" in a string literal, or {{ bio|tojson }}: the server's value, which the script's string
        # decodes ("\u003c" is "<") whatever escaping the template applied for HTML text
        filled = next((m for m in placeholder.finditer(part) if not _numeric(m)), None)
        if filled is not None and (part[:1] in "'\"`" or filled.group(0) == part):
            return filled.group(0)
        if part.startswith("`"):
            for expression in map(str, re.findall(r"\$\{([^{}]*)\}", part)):
                if _raw(expression.strip()):
                    return expression.strip()
            continue
        if "=>" in part or "(" in part:  # a call or a callback: look inside for template literals
            for template in re.findall(r"`[^`]*`", part):
                found = _raw_value(template, script, depth, placeholder)
                if found:
                    return found
            continue
        if not _raw(part):
            continue
        if depth == 0 and re.fullmatch(r"[A-Za-z_$][\w$]*", part):  # a variable: what was put in it
            for assigned in re.finditer(rf"(?<![\w.$]){re.escape(part)}\s*\+?=(?!=)", script):
                found = _raw_value(_expression(script, assigned.end(), ";"), script, depth + 1, placeholder)
                if found:
                    return found
            continue
        return part
    return None


def _number(part: cst.BaseFormattedStringContent) -> bool:
    """An f-string's {note_id}, {page.count}, {len(notes)}, {int(x)}: a number."""
    if not isinstance(part, cst.FormattedStringExpression):
        return False
    value = part.expression
    if isinstance(value, cst.Call) and isinstance(value.func, cst.Name) and value.func.value in NUMBER_CALLS:
        return True
    if isinstance(value, cst.Integer):
        return True
    if isinstance(value, cst.Attribute):
        return names_a_number(value.attr.value)
    return isinstance(value, cst.Name) and names_a_number(value.value)


def _numeric(found: re.Match[str]) -> bool:
    """{{ items|length }}, {{ report_id }}: a placeholder whose value is a number."""
    given = next((g for g in found.groups() if g), None)
    if given is None:
        return False
    name, *filters = (f.strip().split(":")[0] for f in given.split("|"))
    return names_a_number(name) or bool(NUMBER_FILTERS.intersection(filters))


def _raw(expression: str) -> bool:
    return bool(IDENTIFIER.match(expression)) and not names_a_number(expression)
