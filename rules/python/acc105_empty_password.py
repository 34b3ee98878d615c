"""An empty string that can reach set_password(): Django stores it as a valid, empty password."""

import libcst as cst
from guidelint.cst import Context, Rule, RuleMeta, arg, assigned_value, imports_module, parameter, string_text


class EmptyPassword(Rule):
    meta = RuleMeta.of(
        id="ACC105",
        clause="SG-1.3",
        title="Empty string used as a password",
        severity="medium",
        confidence="medium",
        cwe=[521],
        owasp="A07:2021-Identification and Authentication Failures",
        message="set_password() can receive this empty string; use None, which marks the account unusable",
        rationale=(
            "set_password('') hashes the empty string and stores it as the account's password: anyone can "
            "then log in to it with an empty password. A default of '' for a password parameter or for a "
            "missing form field turns every caller that leaves it out into such an account. Django's "
            "set_password(None) instead marks the password unusable."
        ),
        remediation=(
            "Default password parameters and missing fields to None (password=None, "
            "request.data.get('password')), reject empty passwords before set_password, and run "
            "validate_password on new passwords."
        ),
        references=(
            "https://docs.djangoproject.com/en/stable/ref/contrib/auth/#django.contrib.auth.models.User.set_password",
        ),
    )
    nodes = (cst.Call,)
    needles = ("set_password",)

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        if not (
            isinstance(node, cst.Call)
            and isinstance(node.func, cst.Attribute)
            and node.func.attr.value == "set_password"
            and imports_module(ctx, "django")
        ):
            return
        password = arg(node, "raw_password", 0)
        empty = _empty_source(password.value, node, ctx) if password is not None else None
        if empty is not None:
            ctx.report(empty, self.meta.message)

    flagged = """
        from django.contrib.auth import get_user_model

        User = get_user_model()

        def create_user(email, password=""):  # expect
            user = User(email=email)
            user.set_password(password)
            return user

        def change(request, user):
            new = request.POST.get("password", "")  # expect
            user.set_password(new)
            user.set_password("")  # expect
    """
    safe = """
        from django.contrib.auth import get_user_model
        from django.contrib.auth.password_validation import validate_password

        User = get_user_model()

        def create_user(email, password=None):
            user = User(email=email)
            user.set_password(password)
            return user

        def change(request, user):
            new = request.POST.get("password")
            if not new:
                raise ValueError("a password is required")
            validate_password(new, user=user)
            user.set_password(new)
    """


def _empty_source(expr: cst.BaseExpression, call: cst.Call, ctx: Context) -> cst.CSTNode | None:
    """Where an empty string given to set_password comes from: the literal, a parameter's default, or the
    default of a .get() the value was read with."""
    if string_text(expr) == "":
        return expr
    if not isinstance(expr, cst.Name):
        return None
    param = parameter(ctx.function, expr.value)
    if param is not None:
        return param.default if param.default is not None and string_text(param.default) == "" else None
    value = assigned_value(ctx, expr.value, call)
    if value is None:
        return None
    if string_text(value) == "":
        return value
    if isinstance(value, cst.Call) and isinstance(value.func, cst.Attribute) and value.func.attr.value == "get":
        default = arg(value, "default", 1)
        if default is not None and string_text(default.value) == "":
            return default.value
    return None
