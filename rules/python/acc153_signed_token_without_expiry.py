"""Timed signed tokens (itsdangerous, Django's TimestampSigner) read without an age limit."""

from collections.abc import Sequence

import libcst as cst
from guidelint.cst import (
    Context,
    Rule,
    RuleMeta,
    Shape,
    arg,
    assignments,
    bound_value,
    constant_value,
    has_star_args,
    iter_nodes,
)

# Classes that sign a timestamp with the value: their reading methods check the age only when given max_age.
TIMED = frozenset(
    {
        "itsdangerous.URLSafeTimedSerializer",
        "itsdangerous.url_safe.URLSafeTimedSerializer",
        "itsdangerous.TimedSerializer",
        "itsdangerous.timed.TimedSerializer",
        "itsdangerous.TimestampSigner",
        "itsdangerous.timed.TimestampSigner",
        "django.core.signing.TimestampSigner",
    }
)
# method -> position of max_age (None: keyword only)
READERS: dict[str, int | None] = {"loads": 1, "unsign": 1, "validate": 1, "unsign_object": None}
DEPTH = 3


class SignedTokenWithoutExpiry(Rule):
    meta = RuleMeta.of(
        id="ACC153",
        clause="SG-1.2",
        title="Timed signed token read without an age limit",
        severity="medium",
        confidence="medium",
        cwe=[613],
        owasp="A07:2021-Identification and Authentication Failures",
        message="{cls}.{method}() checks the signature but not the token's age (no max_age): a link or token "
        "it signed stays valid forever",
        rationale=(
            "A timed serializer or signer (itsdangerous URLSafeTimedSerializer, TimedSerializer, "
            "TimestampSigner; Django's TimestampSigner) writes the signing time into the token so that it can "
            "expire, but its loads()/unsign()/validate() check that time only when given max_age. Without it a "
            "password-reset, e-mail confirmation, invitation or sign-in link leaked once (mail archives, "
            "proxies, browser history, a former employee's inbox) keeps opening the account for good, "
            "bypassing the ID management that guards clients' confidential and insider information."
        ),
        remediation=(
            "Pass the token's lifetime: serializer.loads(token, max_age=3600) or "
            "max_age=settings.RESET_LINK_SECONDS, and handle SignatureExpired as an invalid link. Data that is "
            "meant never to expire belongs in a plain URLSafeSerializer/Signer, which this rule does not judge."
        ),
        references=(
            "https://itsdangerous.palletsprojects.com/en/stable/timed/",
            "https://docs.djangoproject.com/en/stable/topics/signing/#verifying-timestamped-values",
            "https://cwe.mitre.org/data/definitions/613.html",
        ),
    )
    nodes = (cst.Call,)
    needles = ("itsdangerous", "TimestampSigner")
    shape = Shape(methods=tuple(sorted(READERS)))

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        assert isinstance(node, cst.Call)
        func = node.func
        if not isinstance(func, cst.Attribute) or func.attr.value not in READERS or has_star_args(node):
            return
        method = func.attr.value
        position = READERS[method]
        max_age = arg(node, "max_age", position) if position is not None else arg(node, "max_age")
        if max_age is not None and not _none(max_age.value, ctx):
            return
        stamp = arg(node, "return_timestamp", 2)
        if stamp is not None and constant_value(stamp.value) is not False:
            return  # the caller gets the signing time and judges the age itself
        made = _made_by(func.value, ctx, 0)
        if made is not None:
            ctx.report(node, self.meta.message.format(cls=made.rsplit(".", 1)[-1], method=method))

    flagged = """
        from django.core import signing
        from itsdangerous import TimestampSigner, URLSafeTimedSerializer
        import itsdangerous

        links = URLSafeTimedSerializer("key-from-settings", salt="reset")

        def reset_user(token):
            return links.loads(token)  # expect

        def confirm(token, secret):
            serializer = itsdangerous.URLSafeTimedSerializer(secret, salt="confirm")
            return serializer.loads(token, max_age=None)  # expect

        def unsubscribe(value, secret):
            return TimestampSigner(secret).unsign(value)  # expect

        def invite_valid(value, secret):
            limit = None
            return TimestampSigner(secret).validate(value, limit)  # expect

        def device(value):
            return signing.TimestampSigner(salt="device").unsign(value)  # expect

        def _link_serializer(secret):
            return URLSafeTimedSerializer(secret, salt="magic-link")

        def magic_link(token, secret):
            return _link_serializer(secret).loads(token)  # expect

        class ResetLinks:
            def __init__(self, secret):
                self.serializer = URLSafeTimedSerializer(secret, salt="reset")

            def user_id(self, token):
                return self.serializer.loads(token)["uid"]  # expect
    """
    safe = """
        from django.conf import settings
        from django.core import signing
        from itsdangerous import Signer, TimestampSigner, URLSafeSerializer, URLSafeTimedSerializer

        links = URLSafeTimedSerializer("key-from-settings", salt="reset")
        preferences = URLSafeSerializer("key-from-settings", salt="prefs")

        def reset_user(token):
            return links.loads(token, max_age=3600)

        def confirm(token, secret):
            serializer = URLSafeTimedSerializer(secret, salt="confirm")
            return serializer.loads(token, settings.CONFIRM_SECONDS)

        def unsubscribe(value, secret, lifetime):
            return TimestampSigner(secret).unsign(value, max_age=lifetime)

        def stamped(value, secret):
            payload, signed_at = TimestampSigner(secret).unsign(value, return_timestamp=True)
            return payload, signed_at

        def device(value):
            return signing.TimestampSigner(salt="device").unsign(value, max_age=86400)

        def theme(value):
            return preferences.loads(value), Signer("key").unsign(value), signing.loads(value)

        class ResetLinks:
            def __init__(self, secret, lifetime):
                self.serializer = URLSafeTimedSerializer(secret, salt="reset")
                self.lifetime = lifetime

            def user_id(self, token):
                return self.serializer.loads(token, max_age=self.lifetime)["uid"]

        def options(value, secret, **kw):
            return URLSafeTimedSerializer(secret).loads(value, **kw)
    """


def _none(expr: cst.BaseExpression, ctx: Context) -> bool:
    """None, or a name bound once to None: max_age=None turns the age check off."""
    if isinstance(expr, cst.Name) and expr.value != "None":
        bound = bound_value(ctx, expr.value)
        return bound is not None and isinstance(bound, cst.Name) and bound.value == "None"
    return isinstance(expr, cst.Name) and expr.value == "None"


def _timed_class(call: cst.BaseExpression, ctx: Context) -> str | None:
    """The timed class a constructor call makes (also a subclass of one, of this module or the project)."""
    if not isinstance(call, cst.Call):
        return None
    name = ctx.qualname(call.func)
    if name in TIMED:
        return name
    if isinstance(call.func, (cst.Name, cst.Attribute)) and ctx.derives_from(call.func, TIMED):
        return name or ctx.code(call.func)
    return None


def _made_by(receiver: cst.BaseExpression, ctx: Context, depth: int) -> str | None:
    """The timed class that made the object a reading method is called on: a constructor call in place, a
    name bound once to one (in the function, else the module), `self.x` every assignment of which in the
    class is one, or a call of a function of the module (or a method of the class) whose every return
    gives one."""
    if depth > DEPTH:
        return None
    made = _timed_class(receiver, ctx)
    if made is not None:
        return made
    if isinstance(receiver, cst.Name):
        bound = bound_value(ctx, receiver.value)
        return _made_by(bound, ctx, depth + 1) if bound is not None else None
    if _self_attribute(receiver) and ctx.classes:
        assert isinstance(receiver, cst.Attribute)
        return _class_attribute(ctx.classes[-1], receiver.attr.value, ctx, depth)
    if isinstance(receiver, cst.Call):
        function = _called_function(receiver.func, ctx)
        if function is not None:
            returns = [r.value for r in iter_nodes(function, cst.Return)]
            if returns and all(v is not None for v in returns):
                made_all = [_timed_class(v, ctx) for v in returns if v is not None]
                if all(made_all):
                    return made_all[0]
    return None


def _self_attribute(expr: cst.BaseExpression) -> bool:
    return isinstance(expr, cst.Attribute) and isinstance(expr.value, cst.Name) and expr.value.value in ("self", "cls")


def _class_attribute(klass: cst.ClassDef, attr: str, ctx: Context, depth: int) -> str | None:
    """Every value the class gives `self.attr` (in its methods) or `attr` (in its body) is a timed object."""
    values: list[cst.BaseExpression] = []
    for statement in klass.body.body:
        if isinstance(statement, cst.FunctionDef):
            values += [a.value for a in assignments(ctx, f"self.{attr}", statement) if a.value is not None]
        elif isinstance(statement, cst.SimpleStatementLine):
            for small in statement.body:
                if isinstance(small, cst.Assign) and any(
                    isinstance(t.target, cst.Name) and t.target.value == attr for t in small.targets
                ):
                    values.append(small.value)
    made = [_timed_class(v, ctx) for v in values]
    return made[0] if made and all(made) else None


def _called_function(func: cst.BaseExpression, ctx: Context) -> cst.FunctionDef | None:
    """The module's function `name()`, or the enclosing class's method `self.name()`."""
    if isinstance(func, cst.Name):
        body: Sequence[cst.CSTNode] = ctx.module.body
        name = func.value
    elif _self_attribute(func) and ctx.classes:
        assert isinstance(func, cst.Attribute)
        body, name = ctx.classes[-1].body.body, func.attr.value
    else:
        return None
    found = [s for s in body if isinstance(s, cst.FunctionDef) and s.name.value == name]
    return found[0] if len(found) == 1 else None
