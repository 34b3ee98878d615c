"""Authlib JWT claims used without `claims.validate()`: the signature is checked, the expiry is not."""

import libcst as cst
from guidelint.cst import Context, Rule, RuleMeta, Shape, assignments, bound_value, iter_nodes

DECODERS = frozenset({"authlib.jose.jwt.decode"})
TOKEN_CLASSES = frozenset(
    {"authlib.jose.JsonWebToken", "authlib.jose.rfc7519.JsonWebToken", "authlib.jose.rfc7519.jwt.JsonWebToken"}
)
# JWTClaims' checks: validate() runs them all, validate_exp() the expiry alone (a choice the code made)
VALIDATORS = frozenset({"validate", "validate_exp"})
HANDED_ON = (cst.Return, cst.Yield, cst.Arg, cst.Element, cst.DictElement, cst.Assign)


class JwtClaimsUnvalidated(Rule):
    meta = RuleMeta.of(
        id="ACC157",
        clause="SG-1.2",
        title="JWT claims used without validating them (Authlib)",
        severity="medium",
        confidence="high",
        cwe=[613],
        owasp="A07:2021-Identification and Authentication Failures",
        message="{what} checks the token's signature only: its claims are used without claims.validate(), so "
        "an expired token (exp), one not yet valid (nbf) or one for another issuer or audience is accepted",
        rationale=(
            "Authlib's jwt.decode(token, key) verifies the signature and returns the claims as a JWTClaims "
            "object, but it checks none of them: the expiry (exp), not-before (nbf) and issued-at (iat) times, "
            "and the issuer and audience asked for in claims_options, are checked only when the code calls "
            "claims.validate(). Claims used without that call make every token the key ever signed valid for "
            "good: a token copied from a log, a browser or a former employee's device keeps signing its "
            "subject in after it expired, bypassing the sign-in that guards clients' confidential data."
        ),
        remediation=(
            "Call claims.validate() (with leeway= for clock skew) right after decode() and before reading any "
            "claim, handling authlib.jose.errors.JoseError (ExpiredTokenError, InvalidClaimError) as an "
            "invalid token; pass claims_options={'iss': {'essential': True, 'value': ISSUER}, 'aud': ...} to "
            "decode() so that validate() checks the issuer and audience too."
        ),
        references=(
            "https://docs.authlib.org/en/latest/jose/jwt.html",
            "https://cwe.mitre.org/data/definitions/613.html",
        ),
    )
    nodes = (cst.Call,)
    needles = ("authlib",)
    shape = Shape(methods=("decode",))

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        assert isinstance(node, cst.Call)
        func = node.func
        function = ctx.function
        if function is None or not isinstance(func, cst.Attribute) or func.attr.value != "decode":
            return
        if not _decoder(func, ctx):
            return
        parent = ctx.ancestors[-1] if ctx.ancestors else None
        if isinstance(parent, (cst.Subscript, cst.Attribute)) and parent.value is node:
            if not (isinstance(parent, cst.Attribute) and parent.attr.value in VALIDATORS):
                ctx.report(node, self.meta.message.format(what=ctx.code(func)))  # read in place: never validated
            return
        name = _assigned_name(ctx)
        if name is None or len(assignments(ctx, name)) != 1:
            return
        if _claims_read_unvalidated(name, function):
            ctx.report(node, self.meta.message.format(what=ctx.code(func)))

    flagged = """
        from authlib.jose import JsonWebToken, jwt
        from flask import abort, g, request

        PUBLIC_KEY = open("idp.pem").read()
        ISSUER_REQUIRED = {"iss": {"essential": True, "value": "https://id.example"}}

        def current_user_id():
            claims = jwt.decode(request.headers["Authorization"][7:], PUBLIC_KEY)  # expect
            return claims["sub"]

        def tenant(token):
            return jwt.decode(token, PUBLIC_KEY).get("tenant")  # expect

        def roles(token):
            verifier = JsonWebToken(["RS256"])
            claims = verifier.decode(token, PUBLIC_KEY, claims_options=ISSUER_REQUIRED)  # expect
            g.roles = claims.get("roles", [])
            if "admin" not in g.roles:
                abort(403)
    """
    safe = """
        from authlib.jose import JsonWebToken, jwt
        from authlib.jose.errors import JoseError
        from flask import abort, g, request

        PUBLIC_KEY = open("idp.pem").read()

        def current_user_id():
            claims = jwt.decode(request.headers["Authorization"][7:], PUBLIC_KEY)
            claims.validate(leeway=30)
            return claims["sub"]

        def roles(token):
            verifier = JsonWebToken(["RS256"])
            claims = verifier.decode(token, PUBLIC_KEY)
            try:
                claims.validate()
            except JoseError:
                abort(401)
            g.roles = claims.get("roles", [])

        # handed on whole: the caller decides (and may validate)
        def decoded(token):
            return jwt.decode(token, PUBLIC_KEY)

        def parsed(token):
            claims = jwt.decode(token, PUBLIC_KEY)
            return claims

        def stored(token):
            claims = jwt.decode(token, PUBLIC_KEY)
            g.claims = claims

        # not Authlib's: PyJWT's decode checks exp itself
        def other(token, codec):
            return codec.decode(token, PUBLIC_KEY)["sub"]
    """


def _decoder(func: cst.Attribute, ctx: Context) -> bool:
    """`jwt.decode` of authlib.jose, or `decode` of a JsonWebToken made in place or bound once to a name."""
    if ctx.qualname(func) in DECODERS:
        return True
    receiver: cst.BaseExpression | None = func.value
    if isinstance(receiver, cst.Name):
        receiver = bound_value(ctx, receiver.value)
    return isinstance(receiver, cst.Call) and ctx.qualname(receiver.func) in TOKEN_CLASSES


def _assigned_name(ctx: Context) -> str | None:
    """`claims = <the call>`: the name the call being checked is assigned to."""
    parent = ctx.ancestors[-1] if ctx.ancestors else None
    if isinstance(parent, cst.Assign) and len(parent.targets) == 1:
        target = parent.targets[0].target
        return target.value if isinstance(target, cst.Name) else None
    if isinstance(parent, cst.AnnAssign) and isinstance(parent.target, cst.Name):
        return parent.target.value
    return None


def _claims_read_unvalidated(name: str, function: cst.FunctionDef) -> bool:
    """The function reads a claim of `name` (`claims["sub"]`, `claims.get(...)`) and never validates it; a
    function handing the claims on whole (returned, passed to a call, stored, aliased) is not judged here."""
    for attribute in iter_nodes(function, cst.Attribute):
        if _is(attribute.value, name) and attribute.attr.value in VALIDATORS:
            return False
    for kind in HANDED_ON:  # returned, yielded, passed to a call, put in a container or given another name
        if any(_is(getattr(node, "value", None), name) for node in iter_nodes(function, kind)):
            return False
    return any(_is(n.value, name) for n in iter_nodes(function, cst.Subscript)) or any(
        _is(n.value, name) for n in iter_nodes(function, cst.Attribute)
    )


def _is(expr: cst.BaseExpression | None, name: str) -> bool:
    return isinstance(expr, cst.Name) and expr.value == name
