"""A class's text form (`__repr__`, `__str__`, `__format__`) that shows a credential the object holds: written
in the class, or generated for its fields (a dataclass, an attrs class, a NamedTuple)."""

import re
from typing import Any, ClassVar

import libcst as cst
from guidelint.cst import Context, Rule, RuleMeta, dotted, name_words
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
# class decorators whose generated __repr__ shows every field, and how a field is left out of it
DATACLASSES = frozenset({"dataclasses.dataclass", "pydantic.dataclasses.dataclass"})
ATTRS_CLASSIC = frozenset({"attr.s", "attr.attrs", "attr.attributes"})  # fields: attr.ib() (auto_attribs=True: all)
ATTRS = frozenset({"attr.define", "attr.frozen", "attr.mutable", "attrs.define", "attrs.frozen", "attrs.mutable"})
NAMED_TUPLES = frozenset({"typing.NamedTuple", "typing_extensions.NamedTuple"})
ATTRS_FIELDS = frozenset({"attr.ib", "attr.attrib", "attr.field", "attrs.field"})
FIELD_CALLS = ATTRS_FIELDS | {"dataclasses.field", "pydantic.Field", "pydantic.fields.Field"}
# annotations that keep a field out of the generated repr (a class variable, an init-only argument)
NOT_FIELDS = frozenset({"ClassVar", "InitVar"})
# a field of one of these types holds no secret text, whatever its name (has_password: bool, token_count: int)
NOT_TEXT = frozenset({"bool", "int", "float", "complex", "datetime", "date", "time", "timedelta"})
# a field's type named as a wrapper that hides its value (pydantic's SecretStr, Starlette's Secret, a Masked or
# Redacted type): its repr is masked; a type named for what it holds (ClientSecret, a NewType of str) is not
MASKING = frozenset({"secret", "masked", "redacted", "sensitive"})


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
            "characters). The __repr__ a dataclass, an attrs class or a NamedTuple is given shows every field: "
            "declare the credential's field with field(repr=False) (attrs: attrs.field(repr=False) or "
            "attr.ib(repr=False)), type it SecretStr, or give the class a __repr__ of its own."
        ),
        references=(
            "https://cheatsheetseries.owasp.org/cheatsheets/Logging_Cheat_Sheet.html#data-to-exclude",
            "https://docs.python.org/3/library/dataclasses.html#dataclasses.field",
        ),
    )
    nodes = (cst.FunctionDef, cst.ClassDef)
    # a text method and a secret-named attribute of self, both in the file: "__str__" alone is in most modules,
    # and a rule whose needle matches loads libcst on the commit path; or a record class's name and an indented
    # secret-named line declaring a field (`password: str`, `api_key = attr.ib()`; a line ending in a comma is a
    # parameter of a signature written one per line)
    needles = (
        re.compile(
            r"^(?=[\s\S]*__(?:repr|str|format)__)(?=[\s\S]*self\.\w*"
            r"(?:[Pp]ass|PASS|[Pp]wd|PWD|[Ss]ecret|SECRET|[Tt]oken|TOKEN|[Kk]ey|KEY|[Cc]redential|CREDENTIAL))"
        ),
        re.compile(
            r"\A(?=[\s\S]*(?:dataclass|NamedTuple|import attrs?\b|from attrs? import))(?=[\s\S]*\n[ \t]+\w*"
            r"(?:[Pp]ass|PASS|[Pp]wd|PWD|[Ss]ecret|SECRET|[Tt]oken|TOKEN|_key|Key|_KEY|apikey|[Cc]redential)"
            r"\w*[ \t]*(?::[^\n]*[^,\n]\n|=[ \t]*(?:attr\.|attrs\.)?(?:ib|attrib|field)\())"
        ),
    )
    options: ClassVar[dict[str, Any]] = {"names": SECRET_NAMES, "ignore": NOT_SECRET_PARTS}

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        if isinstance(node, cst.ClassDef):
            self._check_record(node, ctx)
            return
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

    def _check_record(self, node: cst.ClassDef, ctx: Context) -> None:
        """A record class whose generated __repr__ prints its fields: each secret-named field it shows."""
        record = _record_kind(node, ctx)
        if record is None or _defines_repr(node):
            return
        kind, annotated = record
        names = tuple(ctx.option("names", SECRET_NAMES))
        ignore = tuple(ctx.option("ignore", NOT_SECRET_PARTS))
        hide = "a __repr__ of its own" if kind == "NamedTuple" else f"{_FIELD_FIX[kind]}(repr=False)"
        for name, statement in _fields(node, kind, annotated, ctx):
            if secret_name(name.lstrip("_"), names, ignore) and _says_which(name):
                ctx.report(
                    statement,
                    f"the generated __repr__() of this {kind} shows its field {name}: the secret is written "
                    f"wherever the object is logged or printed (leave it out with {hide})",
                )

    flagged = """
        from dataclasses import dataclass
        from typing import NamedTuple, NewType

        import attr
        import attrs

        SigningKey = NewType("SigningKey", str)

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


        @dataclass
        class DatabaseSettings:
            host: str
            user: str
            password: str  # expect
            port: int = 5432


        @dataclass(frozen=True)
        class PartnerCredentials:
            client_id: str
            client_secret: str = ""  # expect
            signing_key: SigningKey = SigningKey("")  # expect


        @attrs.define
        class Upstream:
            url: str
            api_key: str | None = None  # expect


        @attr.s
        class Mailbox:
            login = attr.ib()
            imap_password = attr.ib()  # expect


        class SessionGrant(NamedTuple):
            user: str
            access_token: str  # expect
    """
    safe = """
        from dataclasses import dataclass, field
        from typing import ClassVar, NamedTuple

        import attr
        import attrs
        from pydantic import SecretStr


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


        @dataclass
        class DatabaseSettings:
            host: str
            user: str
            password: str = field(repr=False)
            password_hash: str = ""
            has_password: bool = False
            secret_name: str = "db/prod"
            api_key_env: str = "UPSTREAM_API_KEY"
            default_password: ClassVar[str] = "changeme"


        @dataclass(repr=False)
        class Signer:
            signing_key: bytes


        @dataclass
        class Upstream:
            url: str
            api_key: SecretStr


        @attrs.define
        class Partner:
            client_id: str
            client_secret: str = attrs.field(repr=False)


        @attr.s
        class Mailbox:
            login = attr.ib()
            imap_password = attr.ib(repr=lambda value: "***")


        class SessionGrant(NamedTuple):
            user: str
            access_token: str

            def __repr__(self):
                return f"SessionGrant({self.user!r}, access_token='***')"


        @dataclass
        class Lexeme:
            token: str
            position: int


        class ClientConfig:
            api_key: str

            def __init__(self, api_key):
                self.api_key = api_key
    """


_FIELD_FIX = {"dataclass": "field", "attrs class": "attrs.field", "attr.s class": "attr.ib"}


def _record_kind(node: cst.ClassDef, ctx: Context) -> tuple[str, bool] | None:
    """ "dataclass", "attrs class", "attr.s class" or "NamedTuple" when the class gets a generated __repr__
    that shows its fields (not when the decorator is given repr=False: attrs' or dataclasses' switch), and
    whether its annotated names are fields (an attr.s class's are only with auto_attribs=True)."""
    for decorator in node.decorators:
        expr = decorator.decorator
        call = expr if isinstance(expr, cst.Call) else None
        name = ctx.qualname(call.func if call is not None else expr)
        if name in DATACLASSES:
            kind = "dataclass", True
        elif name in ATTRS:
            kind = "attrs class", True
        elif name in ATTRS_CLASSIC:
            kind = "attr.s class", _keyword_true(call, "auto_attribs")
        else:
            continue
        return None if call is not None and _repr_switched(call) else kind
    if any(ctx.qualname(base.value) in NAMED_TUPLES for base in node.bases):
        return "NamedTuple", True
    return None


def _keyword_true(call: cst.Call | None, keyword: str) -> bool:
    return call is not None and any(
        a.keyword is not None and a.keyword.value == keyword and _is_true(a.value) for a in call.args
    )


def _is_true(value: cst.BaseExpression) -> bool:
    return isinstance(value, cst.Name) and value.value == "True"


def _repr_switched(call: cst.Call) -> bool:
    """`repr=` given anything but True: the field (or class) is left out, or shown by a function of its own."""
    return any(a.keyword is not None and a.keyword.value == "repr" and not _is_true(a.value) for a in call.args)


def _defines_repr(node: cst.ClassDef) -> bool:
    """The class writes its own __repr__ (judged as a text method): the generated one is not used."""
    for statement in node.body.body:
        if isinstance(statement, cst.FunctionDef) and statement.name.value == "__repr__":
            return True
        if isinstance(statement, cst.SimpleStatementLine):
            for small in statement.body:
                if isinstance(small, cst.Assign) and any(
                    isinstance(t.target, cst.Name) and t.target.value == "__repr__" for t in small.targets
                ):
                    return True
    return False


def _fields(node: cst.ClassDef, kind: str, annotated: bool, ctx: Context) -> list[tuple[str, cst.CSTNode]]:
    """The fields the generated __repr__ shows, by name, with the statement declaring each: annotated names
    (not ClassVar or InitVar; an attr.s class only with auto_attribs=True) and attrs' `x = attr.ib()`, less
    those declared with repr= other than True and those whose type is no text or masks its value."""
    attrs = kind.startswith("attr")
    found: list[tuple[str, cst.CSTNode]] = []
    for statement in node.body.body:
        if not isinstance(statement, cst.SimpleStatementLine):
            continue
        for small in statement.body:
            value: cst.BaseExpression | None
            target: cst.BaseAssignTargetExpression
            annotation: cst.BaseExpression | None
            if isinstance(small, cst.AnnAssign) and isinstance(small.target, cst.Name):
                target, value, annotation = small.target, small.value, small.annotation.annotation
            elif attrs and isinstance(small, cst.Assign) and len(small.targets) == 1:
                target, value, annotation = small.targets[0].target, small.value, None
            else:
                continue
            call = value if isinstance(value, cst.Call) else None
            declared = call is not None and ctx.qualname(call.func) in (ATTRS_FIELDS if attrs else FIELD_CALLS)
            if not isinstance(target, cst.Name) or not (declared or (annotated and annotation is not None)):
                continue
            if call is not None and declared and _repr_switched(call):
                continue
            if annotation is not None and not _may_show(annotation):
                continue
            found.append((target.value, small))
    return found


def _may_show(annotation: cst.BaseExpression) -> bool:
    """A field of this type may hold a secret as text its repr shows: not a class variable or an init-only
    value, not a number, flag or date, not a type that masks its value (SecretStr)."""
    words: list[str] = []
    stack: list[cst.CSTNode] = [annotation]
    while stack:
        current = stack.pop()
        if isinstance(current, (cst.Name, cst.Attribute)):
            words.append((dotted(current) or "").rsplit(".", 1)[-1])
        if isinstance(current, cst.Subscript):
            head = (dotted(current.value) or "").rsplit(".", 1)[-1]
            if head in NOT_FIELDS:
                return False
        if not isinstance(current, cst.Attribute):
            stack.extend(current.children)
    if any(name_words(word)[:1] and name_words(word)[0] in MASKING for word in words):
        return False
    shown = [w for w in words if w not in ("Optional", "None", "Union", "Annotated")]
    return not (shown and (shown[0] in NOT_FIELDS or all(w in NOT_TEXT for w in shown)))


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
