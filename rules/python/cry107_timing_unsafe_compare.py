"""Secrets (tokens, signatures, passwords) compared with == instead of a constant-time comparison."""

import re

import libcst as cst
from guidelint.cst import (
    NOT_CONSTANT,
    Context,
    Rule,
    RuleMeta,
    assignments,
    bound_otherwise,
    dotted,
    fixed_values,
    is_constant,
    last_word,
    module_constant,
    name_words,
    parameter,
)

# the last word of a name that holds a secret to be checked
SECRET_WORDS = frozenset(
    {"password", "passwd", "pw", "pwd", "token", "secret", "signature", "digest", "hmac", "mac", "otp"}
)
# a key is a secret only as an API or access key ("key" alone is a dictionary's or a sort's)
KEY_KINDS = frozenset({"api", "access", "auth", "signing"})
# a code is a secret as a one-time code that proves who is signing in or recovering an account
CODE_KINDS = frozenset({"mfa", "otp", "totp", "sms", "verification", "reset", "recovery", "backup", "login", "auth"})
_WORDS = "passw|pwd|_pw|token|secret|signature|digest|hmac|mac\\b|otp|api_?key|access_?key"
# a class or type written in CapWords (Literal, Token.String.Doc): a lexer's token kind, not a string
CAP_WORDS = re.compile(r"[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)*")
# calls whose result is not the secret itself (lengths, types, hashes compared on purpose)
NOT_SECRET_CALLS = frozenset({"len", "type", "bool", "int", "isinstance", "str.lower", "lower"})


class TimingUnsafeCompare(Rule):
    meta = RuleMeta.of(
        id="CRY107",
        clause="SG-7.1",
        title="Secret compared with == (timing leak)",
        severity="medium",
        confidence="medium",
        cwe=[208, 385],
        owasp="A02:2021-Cryptographic Failures",
        message="`{name}` is compared with {op}; the time the comparison takes tells an attacker how much matched",
        rationale=(
            "== on strings and bytes stops at the first byte that differs, so how long a failed check takes "
            "reveals how many leading bytes of the guess were right. Against an API token, a webhook "
            "signature or a reset code that lets a caller recover the secret byte by byte and act as a "
            "service or a member of staff with access to clients' insider information."
        ),
        remediation=(
            "Compare secrets with hmac.compare_digest(a, b) (or secrets.compare_digest, Django's "
            "constant_time_compare); check passwords only through the password hasher "
            "(check_password / PasswordHasher.verify), never by comparing values."
        ),
        references=(
            "https://docs.python.org/3/library/hmac.html#hmac.compare_digest",
            "https://cwe.mitre.org/data/definitions/208.html",
        ),
    )
    nodes = (cst.Comparison,)
    # a secret-like word right next to == or != (the comparison itself, not the word anywhere in the file);
    # at most 64 word characters after the word, which the name's last word is among: `\w*` read the rest of
    # the run again from each word in it ("token" * 40,000 took minutes)
    needles = (
        re.compile(rf"(?i)(?:{_WORDS})\w{{0,64}}[\"'\])]*\s*[!=]=|[!=]=\s*[\w.]*(?:{_WORDS})"),
        # headers.get("X-Hub-Signature-256", "") == expected: a key with dashes and a default before the operator
        re.compile(rf"(?i)\.get\([\"'][\w-]{{0,64}}(?:{_WORDS})[\w-]{{0,64}}[\"'](?:,[^()\n]{{0,40}})?\)\s*[!=]="),
    )

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        if not isinstance(node, cst.Comparison) or len(node.comparisons) != 1:
            return
        operator = node.comparisons[0].operator
        if not isinstance(operator, (cst.Equal, cst.NotEqual)):
            return
        left, right = node.left, node.comparisons[0].comparator
        if any(_constant(side, ctx) or _not_secret(side) for side in (left, right)):
            return  # a literal (SEC101's concern), None, a class constant, or a length
        if any(fn.name.value in ("__eq__", "__ne__") for fn in ctx.functions):
            return  # an object's own equality
        if _base(left) is not None and _base(left) == _base(right):
            return  # two fields of the same input: data["password"] != data["password_confirm"]
        names = [_secret_name(left, ctx), _secret_name(right, ctx)]
        last = [(n or "").rsplit(".", 1)[-1] for n in names]
        if all(names) and _stem(names[0] or "") == _stem(names[1] or ""):
            if last[0] != last[1]:
                return  # password != password2: the same input typed twice
            if not any(_requested(side) for side in (left, right)):
                return  # position.secret != secret, d["token"] != self.token: a record's field changed or not
        named = next((n for n in names if n), None)
        if named and not any(fixed_values(side, ctx) is not None for side in (left, right)):
            # asked last (the dataflow's analysis of the module is not cheap): a value the code fixes, such as
            # a constant imported from another module or an entry of a constant table, is no secret's
            op = "==" if isinstance(operator, cst.Equal) else "!="
            ctx.report(node, self.meta.message.format(name=named, op=op))

    flagged = """
        import hmac
        import os
        from sys import intern

        def webhook(request, key):
            expected = hmac.new(key, request.body, "sha256").hexdigest()
            if request.headers["X-Signature"] != sign(request):  # expect
                return 403
            received_signature = request.headers["X-Hub-Signature"]
            return 200 if received_signature == expected else 403  # expect

        def api(request, settings):
            return request.headers.get("Authorization") == settings.api_token  # expect

        def check(actual_pw, typed_pw):
            for i in range(len(actual_pw)):
                if actual_pw[i] != typed_pw[i]:  # expect
                    return False
            return True

        EXPECTED = os.environ["SERVICE_KEY"]
        VERIFY = intern(os.environ["VERIFY_TOKEN"])

        def service(request_token, config):
            if request_token == EXPECTED:  # expect
                return request_token != VERIFY  # expect
            return request_token == config.SERVICE_TOKEN  # expect

        def client(presented, account):
            return presented == account.api_key  # expect

        def confirm_reset(request, reset):
            return request.POST["token"] == reset.token  # expect

        def second_factor(request):
            expected = request.session["mfa_code"]
            return request.POST.get("code") != expected  # expect

        def github(request, key):
            expected = "sha256=" + hmac.new(key, request.body, "sha256").hexdigest()
            return request.headers.get("X-Hub-Signature-256", "") == expected  # expect

        def rotate(presented, vault):
            token = "bootstrap"
            token = vault.read("service_token")  # also bound to what the vault holds
            return presented.signature == token  # expect
    """
    safe = """
        import hmac
        from sys import intern

        def webhook(request, key, expected_signature):
            received = request.headers.get("X-Signature", "")
            return hmac.compare_digest(received, expected_signature)

        def form(data):
            if data["password"] != data["password_confirm"]:
                return "the two passwords differ"
            if data["token"] is None or data["token"] == "":
                return "missing token"
            return len(data["password"]) == 0

        class Token:
            def __eq__(self, other):
                return self.token == other.token

        def split_words(text):
            NEW_TOKEN = "new"  # the states of a tokenizer: names of literals
            IN_TOKEN = "in-token"
            state, words = NEW_TOKEN, []
            for char in text:
                if state == IN_TOKEN and char == " ":
                    state = NEW_TOKEN
                elif state == NEW_TOKEN:
                    words.append(char)
            return words

        def same_kind(option, path):
            return option.is_token == path.is_token  # truth values about tokens

        class ResetView:
            reset_url_token = "set-password"

            def get(self, token, password, password2):
                return token == self.reset_url_token, password != password2

        # a lexer's tokens compared with the token kinds the module defines
        TOKEN_NAME = "name"
        TOKEN_BLOCK = intern("block")

        def kinds(tokens):
            from pygments.token import Literal, Token

            for token, value in tokens:
                if token == TOKEN_NAME or token != TOKEN_BLOCK:
                    yield value
                if token == Literal or token == Token.Comment.Single:
                    yield value

        def country(request, profile):
            expected = request.session["country_code"]
            return request.POST.get("country") == expected or profile.status_code == request.POST["status_code"]

        def rotate_ticket(position, secret, response, cached):
            if position.secret != secret:  # the record's secret changed or not
                position.secret = secret
            return response["access_token"] != cached.access_token

        def strings(stream):
            from jinja2.lexer import TOKEN_STRING
            for token in stream:
                token_type = token[1]  # an element of a token, not one read under a secret's key
                if token_type == TOKEN_STRING:
                    yield token

        def signature_scheme(request, expected_version):
            # a header named for a signature's scheme, not the signature
            return request.headers.get("X-Signature-Version", "1") != expected_version

        def lookups(row, sort_key, cache_key):
            return row.key == sort_key or cache_key != row.primary_key

        # a parser's tokens compared with its class constants, a table of token kinds and text built from them
        class Lexicon:
            SEPARATOR_TOKEN = ":"

        _CLOSING = {"(": ")", "[": "]"}

        def balanced(tokens, stack):
            for token in tokens:
                if token == Lexicon.SEPARATOR_TOKEN or token == f"{Lexicon.SEPARATOR_TOKEN}{Lexicon.SEPARATOR_TOKEN}":
                    continue
                if stack and token != _CLOSING[stack.pop()]:
                    return False
            return True
    """


def _secret_name(expr: cst.BaseExpression, ctx: Context | None = None) -> str | None:
    """The secret-like name an operand reads: `expected_signature`, `settings.api_token`, `pw[i]`, or a
    subscript with a secret-like key (`request.headers["X-Signature"]`); not what a call returns (the other
    operand names the secret). A local name the function binds once to such a read is named by it
    (`expected = request.session["mfa_code"]`)."""
    if isinstance(expr, cst.Name) and ctx is not None and ctx.function is not None and not _secret_word(expr.value):
        found = assignments(ctx, expr.value, ctx.function)
        value = found[0].value if len(found) == 1 else None
        if isinstance(value, (cst.Subscript, cst.Attribute)) and expr.value not in bound_otherwise(ctx, ctx.function):
            read = _secret_name(value)  # under a secret's key or attribute: not token_type = token[1]
            return read if read is not None and read != dotted(value.value) else None
    target = expr
    if isinstance(target, cst.Call):  # request.headers.get("X-Hub-Signature-256", ""): a read under that key too
        return _key_read(target)
    if isinstance(target, cst.Subscript):
        index = target.slice[0].slice if len(target.slice) == 1 else None
        key = index.value if isinstance(index, cst.Index) else None
        if isinstance(key, cst.SimpleString) and _secret_word(key.evaluated_value or ""):
            return str(key.evaluated_value)
        target = target.value
    name = dotted(target)
    if name is None:
        return None
    return name if _secret_word(name.rsplit(".", 1)[-1]) else None


def _key_read(call: cst.Call) -> str | None:
    """The secret-like constant key a mapping's `get` reads (`headers.get("X-Gitlab-Token")`), as `x[key]`
    reads it; None for any other call (what a call computes is named by the other operand)."""
    key = call.args[0].value if call.args and call.args[0].keyword is None else None
    getter = isinstance(call.func, cst.Attribute) and call.func.attr.value == "get"
    if not (getter and isinstance(key, cst.SimpleString)):
        return None
    return str(key.evaluated_value) if _secret_word(key.evaluated_value or "") else None


def _constant(expr: cst.BaseExpression, ctx: Context) -> bool:
    """A literal, a module constant bound to one (`TOKEN_NAME = "name"`, also through sys.intern), a class or
    type named in CapWords (`Literal`, `Token.Comment`: a token kind), or an attribute of self that the class
    body sets to a literal (`reset_url_token = "set-password"`)."""
    if is_constant(expr) or _kind_constant(expr, ctx) or _local_constant(expr, ctx):
        return True
    name = dotted(expr)
    if name is not None and all(CAP_WORDS.fullmatch(part) for part in name.split(".")):
        return True
    if not (isinstance(expr, cst.Attribute) and dotted(expr.value) == "self" and ctx.classes):
        return False
    for statement in ctx.classes[-1].body.body:
        for small in statement.body if isinstance(statement, cst.SimpleStatementLine) else ():
            if (
                isinstance(small, cst.Assign)
                and is_constant(small.value)
                and any(dotted(t.target) == expr.attr.value for t in small.targets)
            ):
                return True
    return False


def _local_constant(expr: cst.BaseExpression, ctx: Context) -> bool:
    """A name the function binds only by assigning literals (`TOKEN = "token"` in a tokenizer's state machine),
    not a parameter, a loop variable or an unpacked name."""
    function = ctx.function
    if not isinstance(expr, cst.Name) or function is None or parameter(function, expr.value) is not None:
        return False
    found = assignments(ctx, expr.value, function)
    return (
        bool(found)
        and all(a.value is not None and is_constant(a.value) for a in found)
        and expr.value not in bound_otherwise(ctx, function)
    )


def _kind_constant(expr: cst.BaseExpression, ctx: Context) -> bool:
    """A module constant whose value is a literal, or the interned literal (`TOKEN_DATA = intern("data")`)."""
    if not isinstance(expr, cst.Name):
        return False
    if module_constant(ctx, expr) is not NOT_CONSTANT:
        return True
    for statement in ctx.module.body:
        for small in statement.body if isinstance(statement, cst.SimpleStatementLine) else ():
            if not (isinstance(small, cst.Assign) and any(dotted(t.target) == expr.value for t in small.targets)):
                continue
            value = small.value
            return (
                isinstance(value, cst.Call)
                and (dotted(value.func) or "").rsplit(".", 1)[-1] == "intern"
                and len(value.args) == 1
                and is_constant(value.args[0].value)
            )
    return False


def _requested(expr: cst.BaseExpression) -> bool:
    """A read of the request's data: request.POST["token"], request.headers.get("X-Token"), self.request.GET[...]."""
    while isinstance(expr, (cst.Subscript, cst.Attribute, cst.Call)):
        expr = expr.func if isinstance(expr, cst.Call) else expr.value
        if (dotted(expr) or "").split(".")[-1] in ("request", "req"):
            return True
    return False


def _stem(name: str) -> str:
    """A name without digits and the words of a repeated entry: password2, new_password_confirm -> password."""
    repeat = {"confirm", "confirmation", "again", "repeat", "new", "old", "check", "verify"}
    return "_".join(w for w in name_words(name.rsplit(".", 1)[-1]) if not w.isdigit() and w not in repeat)


def _secret_word(name: object) -> bool:
    words = [w for w in name_words(str(name)) if not w.isdigit()]
    if words[:1] in (["is"], ["has"]):
        return False  # is_token, has_password: a truth value about one
    if last_word(str(name)) in SECRET_WORDS:  # password2 is a password too
        return True
    if words[-1:] == ["code"] and len(words) > 1 and words[-2] in CODE_KINDS:
        return True  # mfa_code, reset_code: a one-time code; a status or country code is none
    return words[-1:] == ["apikey"] or (words[-1:] == ["key"] and words[-2:-1] != [] and words[-2] in KEY_KINDS)


def _base(expr: cst.BaseExpression) -> str | None:
    """The object an operand reads a field of: `data` for data["password"] and data.password."""
    if isinstance(expr, (cst.Subscript, cst.Attribute)):
        return dotted(expr.value)
    return None


def _not_secret(expr: cst.BaseExpression) -> bool:
    return isinstance(expr, cst.Call) and (dotted(expr.func) or "").rsplit(".", 1)[-1] in NOT_SECRET_CALLS
