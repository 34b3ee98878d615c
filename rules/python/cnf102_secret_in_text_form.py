"""A class's text form (`__repr__`, `__str__`, `__format__`) that shows a credential the object holds."""

import re
from typing import Any, ClassVar

import libcst as cst
from guidelint.cst import Context, Rule, RuleMeta, name_words
from guidelint.cst.credentials import NOT_SECRET_PARTS, SECRET_NAMES, secret_name

TEXT_METHODS = frozenset({"__repr__", "__str__", "__format__"})
# methods that give the same value in another spelling: what they return shows the secret as well
SPELLINGS = frozenset({"hex", "decode", "encode", "strip", "lstrip", "rstrip", "upper", "lower", "casefold"})
# "token" alone names a lexer's or a template's token as often as a credential: an attribute shown is one
# when its name says which credential it is (access_token, api_token), not when it is `token` or `cext_token`
CREDENTIAL_TOKENS = frozenset(
    {"access", "auth", "refresh", "api", "bearer", "session", "oauth", "jwt", "id", "secret", "private", "personal"}
    | {"service", "bot", "webhook", "client", "user", "login", "reset", "verification", "invite", "csrf", "sso"}
)


class SecretInTextForm(Rule):
    meta = RuleMeta.of(
        id="CNF102",
        clause="SG-2.1",
        title="Credential shown by an object's text form",
        severity="medium",
        confidence="medium",
        cwe=[532],
        owasp="A09:2021-Security Logging and Monitoring Failures",
        message="{method}() shows self.{name}: the secret is written wherever the object is logged or printed",
        rationale=(
            "An object's repr() and str() are what logging calls, print(), exception messages, tracebacks with "
            "local variables, debuggers and error trackers show of it. A text form that includes a password, "
            "token or key the object holds writes that credential into every log line and error report that "
            "mentions the object, far from the code that handles the secret."
        ),
        remediation=(
            "Leave the credential out of __repr__ and __str__, or show a masked form ('***', its last four "
            "characters); with dataclasses, declare the field with field(repr=False)."
        ),
        references=(
            "https://cheatsheetseries.owasp.org/cheatsheets/Logging_Cheat_Sheet.html#data-to-exclude",
            "https://docs.python.org/3/library/dataclasses.html#dataclasses.field",
        ),
    )
    nodes = (cst.FunctionDef,)
    # a text method and a secret-named attribute of self, both in the file: "__str__" alone is in most modules,
    # and a rule whose needle matches loads libcst on the commit path
    needles = (
        re.compile(
            r"^(?=[\s\S]*__(?:repr|str|format)__)(?=[\s\S]*self\.\w*"
            r"(?:[Pp]ass|PASS|[Pp]wd|PWD|[Ss]ecret|SECRET|[Tt]oken|TOKEN|[Kk]ey|KEY|[Cc]redential|CREDENTIAL))"
        ),
    )
    options: ClassVar[dict[str, Any]] = {"names": SECRET_NAMES, "ignore": NOT_SECRET_PARTS}

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        assert isinstance(node, cst.FunctionDef)
        method = node.name.value
        params = node.params.params
        if method not in TEXT_METHODS or not params or params[0].name.value != "self":
            return
        names = tuple(ctx.option("names", SECRET_NAMES))
        ignore = tuple(ctx.option("ignore", NOT_SECRET_PARTS))
        for returned in _returns(node.body):
            shown = _shown(returned, names, ignore)
            if shown is not None:
                ctx.report(returned, self.meta.message.format(method=method, name=shown))

    flagged = """
        class ServiceAccount:
            def __init__(self, user, password):
                self.user = user
                self.password = password

            def __repr__(self):
                return f"ServiceAccount({self.user!r}, {self.password!r})"  # expect


        class ApiClient:
            def __init__(self, base_url, api_key):
                self.base_url = base_url
                self._api_key = api_key

            def __str__(self):
                if not self.base_url:
                    return "ApiClient(unconfigured)"
                return "ApiClient(%s, key=%s)" % (self.base_url, self._api_key)  # expect


        class Webhook:
            signing_key = b""

            def __repr__(self):
                return "<Webhook " + self.signing_key.hex() + ">"  # expect


        class Grant:
            def __str__(self):
                return f"Grant(refresh={self.refresh_token})"  # expect
    """
    safe = """
        class ServiceAccount:
            def __init__(self, user, password):
                self.user = user
                self.password = password

            def __repr__(self):
                return f"ServiceAccount({self.user!r}, password='***')"

            def __str__(self):
                shown = self.password[-2:] if self.password else ""
                return f"ServiceAccount({self.user}, password=...{mask(shown)})"

            def describe(self):
                return f"{self.user}:{self.password}"


        class TokenPage:
            def __init__(self, items, next_token, token_type):
                self.items = items
                self.next_token = next_token
                self.token_type = token_type

            def __repr__(self):
                more = self.next_token is not None
                return f"TokenPage({len(self.items)} items, type={self.token_type}, more={more})"


        class Lexeme:
            def __init__(self, token, position):
                self.token = token
                self.position = position

            def __str__(self):
                return self.token

            def __repr__(self):
                return "<Lexeme %r at %d>" % (self.token, self.position)


        def mask(text):
            return "*" * len(text)
    """


def _returns(body: cst.BaseSuite) -> list[cst.BaseExpression]:
    """The values the method's own `return` statements give (not those of nested functions or classes)."""
    found: list[cst.BaseExpression] = []
    stack: list[cst.CSTNode] = [body]
    while stack:
        node = stack.pop()
        if isinstance(node, cst.Return):
            if node.value is not None:
                found.append(node.value)
        elif not isinstance(node, (cst.FunctionDef, cst.ClassDef, cst.Lambda, cst.BaseExpression)):
            stack.extend(node.children)
    return found


def _says_which(name: str) -> bool:
    """A name ending in "token" says which credential it is by the word before it (`api_token`, `authToken`)."""
    words = name_words(name)
    return words[-1:] != ["token"] or (len(words) > 1 and words[-2] in CREDENTIAL_TOKENS)


def _shown(expr: cst.BaseExpression, names: tuple[str, ...], ignore: tuple[str, ...]) -> str | None:
    """The name of a secret-named attribute of `self` the text puts in as it is: an f-string's placeholders,
    `%` and `+` operands, `.format()` and `.join()` arguments, displays, str()/repr()/format() and methods that
    only respell it are followed; any other call around it (len(), mask(), hash()) or a slice is taken to hide
    it."""
    stack: list[cst.BaseExpression] = [expr]
    while stack:
        current = stack.pop()
        if isinstance(current, cst.Attribute):
            owner = current.value
            own = isinstance(owner, cst.Name) and owner.value == "self"
            if own and secret_name(current.attr.value.lstrip("_"), names, ignore) and _says_which(current.attr.value):
                return current.attr.value
        elif isinstance(current, cst.FormattedString):
            stack.extend(p.expression for p in current.parts if isinstance(p, cst.FormattedStringExpression))
        elif isinstance(current, cst.ConcatenatedString) or (
            isinstance(current, cst.BinaryOperation) and isinstance(current.operator, (cst.Modulo, cst.Add))
        ):
            stack.extend((current.left, current.right))
        elif isinstance(current, (cst.Tuple, cst.List)):
            stack.extend(e.value for e in current.elements)
        elif isinstance(current, cst.Dict):
            stack.extend(e.value for e in current.elements if isinstance(e, cst.DictElement))
        elif isinstance(current, cst.IfExp):
            stack.extend((current.body, current.orelse))
        elif isinstance(current, cst.Call):
            func = current.func
            if isinstance(func, cst.Attribute) and func.attr.value in ("format", "join"):
                stack.append(func.value)
                stack.extend(a.value for a in current.args)
            elif isinstance(func, cst.Attribute) and func.attr.value in SPELLINGS:
                stack.append(func.value)  # key.hex(), token.decode(): the same value, spelt otherwise
            elif isinstance(func, cst.Name) and func.value in ("str", "repr", "format") and current.args:
                stack.append(current.args[0].value)
    return None
