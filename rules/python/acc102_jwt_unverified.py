"""JSON Web Tokens decoded without verifying their signature."""

import libcst as cst
from guidelint.cst import (
    Context,
    Rule,
    RuleMeta,
    arg,
    assigned_value,
    bound_value,
    constant_value,
    dotted,
    fixed_values,
    has_star_args,
    iter_calls,
    iter_nodes,
    string_text,
)

DECODERS = ("jwt.decode", "jwt.api_jwt.decode", "jose.jwt.decode")
ENCODERS = ("jwt.encode", "jwt.api_jwt.encode", "jose.jwt.encode")


class JwtUnverified(Rule):
    meta = RuleMeta.of(
        id="ACC102",
        clause="SG-1.2",
        title="JWT decoded without signature verification",
        severity="high",
        confidence="high",
        cwe=[347],
        owasp="A07:2021-Identification and Authentication Failures",
        message="{name}() {problem}; the token's claims can be forged",
        rationale=(
            "A JWT is only evidence of identity when its signature is checked with the expected key and "
            "algorithm. Decoding without verification, accepting the 'none' algorithm or letting the token "
            "choose its algorithm lets a caller write any identity and any permissions into the token, "
            "bypassing the ID management that restricts access to clients' confidential and insider "
            "information."
        ),
        remediation=(
            "Decode with the key and an explicit algorithm list and leave verification on: "
            "jwt.decode(token, key, algorithms=['RS256'], audience=..., issuer=...). Read the header with "
            "jwt.get_unverified_header() only to select the key, then verify."
        ),
        references=(
            "https://pyjwt.readthedocs.io/en/stable/api.html#jwt.decode",
            "https://python-jose.readthedocs.io/en/latest/jwt/api.html",
        ),
    )
    calls = (*DECODERS, *ENCODERS, "jose.jwt.get_unverified_claims", "python_jwt.process_jwt")

    def check_call(self, call: cst.Call, name: str, ctx: Context) -> None:
        if name in ENCODERS:
            algorithm = arg(call, "algorithm", 2)
            value = constant_value(algorithm.value) if algorithm is not None else None
            if isinstance(value, str) and value.lower() == "none":
                ctx.report(call, self.meta.message.format(name=name, problem="issues unsigned tokens (alg 'none')"))
            return
        if name == "python_jwt.process_jwt":  # python_jwt: process_jwt() parses, verify_jwt() checks
            scope = ctx.function or ctx.module
            if not any((dotted(c.func) or "").endswith("verify_jwt") for c in iter_calls(scope)):
                ctx.report(call, self.meta.message.format(name=name, problem="returns claims without verify_jwt()"))
            return
        if name.endswith("get_unverified_claims"):
            if _verified_after(call, ctx) or _times_only(call, ctx):
                return
            ctx.report(call, self.meta.message.format(name=name, problem="returns claims without verification"))
            return
        problem = _problem(call, ctx)
        if problem == UNVERIFIED and (_verified_after(call, ctx) or _times_only(call, ctx)):
            return
        if problem:
            ctx.report(call, self.meta.message.format(name=name, problem=problem))

    flagged = """
        import jwt
        import jwt as pyjwt
        from jose import jwt as jose_jwt

        def identity(token, key):
            a = jwt.decode(token, verify=False)  # expect
            b = pyjwt.decode(token, key, algorithms=["HS256"], options={"verify_signature": False})  # expect
            c = jwt.decode(token, key, algorithms=["none", "HS256"])  # expect
            d = jwt.decode(token, key)  # expect
            e = jose_jwt.decode(token, key, options={"verify_signature": False})  # expect
            relaxed = {"verify_signature": False, "verify_exp": True}
            f = pyjwt.decode(token, key, algorithms=["HS256"], options=relaxed)  # expect
            return a, b, c, d, e, jose_jwt.get_unverified_claims(token)  # expect

        def inner(token, key):
            from jwt import decode
            return decode(token, key=key, algorithms="NONE")  # expect

        def issue(claims):
            return jwt.encode(claims, None, algorithm="none")  # expect

        def any_alg(token, key):
            header = jwt.get_unverified_header(token)
            return jwt.decode(token, key, algorithms=[header["alg"]])  # expect

        def legacy(token):
            import python_jwt
            return python_jwt.process_jwt(token)  # expect

        DEBUG_OPTIONS = {"verify_signature": False}

        class CallbackVerifier:
            OPTIONS = {"verify_signature": False, "verify_exp": True}

            def claims(self, token, key):
                first = jwt.decode(token, key, algorithms=["RS256"], options=DEBUG_OPTIONS)  # expect
                return first, jwt.decode(token, key, algorithms=["RS256"], options=self.OPTIONS)  # expect

        def member(token, refresh_token, key):
            claims = jwt.decode(token, options={"verify_signature": False})  # expect
            jwt.decode(refresh_token, key, algorithms=["HS256"])
            return claims["sub"]

        def expiring(token, key):
            claims = jwt.decode(token, options={"verify_signature": False})  # expect
            if claims["exp"] < 60:
                return claims["sub"]
            return jwt.decode(token, key, algorithms=["HS256"], options={"verify_signature": False})  # expect

        def tenant(token):
            claims = jose_jwt.get_unverified_claims(token)  # expect
            return claims.get("tenant")

        def internal_first(token, keys):
            claims = jwt.decode(token, options={"verify_signature": False})  # expect
            if claims["iss"] == "https://internal.example/":
                return claims
            return jwt.decode(token, keys[claims["iss"]], algorithms=["RS256"])
    """
    safe = """
        import jwt
        from jose import jwt as jose_jwt

        def identity(token, keys, settings):
            header = jwt.get_unverified_header(token)
            key = keys[header["kid"]]
            a = jwt.decode(token, key, algorithms=["RS256"], audience="reports-api")
            b = jwt.decode(token, key, algorithms=["HS256"], options={"verify_exp": True, "require": ["exp"]})
            c = jose_jwt.decode(token, key, algorithms=["RS256"])
            d = jwt.decode(token, key, algorithms=settings.JWT_ALGORITHMS)
            return a, b, c, d, jwt.encode({"sub": "1"}, key, algorithm="HS256")

        def legacy(token, key):
            import python_jwt
            header, claims = python_jwt.verify_jwt(token, key, ["RS256"])
            return python_jwt.process_jwt(token), claims

        VERIFY_OPTIONS = {"verify_signature": True, "require": ["exp", "iss"]}

        class CallbackVerifier:
            OPTIONS = {"verify_exp": True}

            def claims(self, token, key):
                first = jwt.decode(token, key, algorithms=["RS256"], options=VERIFY_OPTIONS)
                return first, jwt.decode(token, key, algorithms=["RS256"], options=self.OPTIONS)

        ISSUER_KEYS = {"https://idp.example/": "idp-key", "https://partner.example/": "partner-key"}

        def by_issuer(token, keys):
            unverified = jwt.decode(token, options={"verify_signature": False})
            key = keys[ISSUER_KEYS[unverified["iss"]]]
            return jwt.decode(token, key, algorithms=["RS256"], issuer=unverified["iss"])

        def by_tenant(token, keys):
            tenant = jose_jwt.get_unverified_claims(token)["tid"]
            return jose_jwt.decode(token, keys[tenant], algorithms=["RS256"])

        class TokenCache:
            def expires_in(self, now):
                claims = jwt.decode(self.token, options={"verify_signature": False})
                return claims["exp"] - now if claims.get("exp") else 0

            def issued_at(self):
                return jwt.decode(self.token, options={"verify_signature": False})["iat"]
    """


UNVERIFIED = "turns off verify_signature"
TIME_CLAIMS = frozenset({"exp", "iat", "nbf"})


def _token(call: cst.Call) -> str | None:
    token = arg(call, "jwt", 0) or arg(call, "token", 0)
    return token.value.value if token is not None and isinstance(token.value, cst.Name) else None


def _verified_after(call: cst.Call, ctx: Context) -> bool:
    """The same token is decoded again later in the function, with a key, an algorithm list and verification
    on: the unverified claims only chose how to verify it (its issuer's key set), as a header read with
    get_unverified_header() does. The claims may not leave the function before that: no return of them or of
    a claim read from them (`if claims["iss"] == "internal": return claims` trusts them unverified)."""
    token = _token(call)
    if token is None or ctx.function is None or _returned(call, ctx):
        return False
    seen = False
    for other in iter_calls(ctx.function):
        if other is call:
            seen = True
        elif (
            seen
            and ctx.qualname(other.func) in DECODERS
            and _token(other) == token
            and arg(other, "key", 1) is not None
            and arg(other, "algorithms", 2) is not None
            and _problem(other, ctx) is None
        ):
            return True
    return False


def _returned(call: cst.Call, ctx: Context) -> bool:
    """A return or yield of the function gives out the unverified claims (the call itself, or the name they
    are bound to) or part of them; the verifying decode returned with a claim among its arguments does not."""
    assert ctx.function is not None
    parent = ctx.ancestors[-1] if ctx.ancestors else None
    bound = None
    if isinstance(parent, cst.Assign) and len(parent.targets) == 1 and isinstance(parent.targets[0].target, cst.Name):
        bound = parent.targets[0].target.value
    outs: list[cst.Return | cst.Yield] = [*iter_nodes(ctx.function, cst.Return), *iter_nodes(ctx.function, cst.Yield)]
    for node in outs:
        value = node.value
        if value is None or isinstance(value, cst.From):
            continue
        if isinstance(value, cst.Call) and ctx.qualname(value.func) in DECODERS and value is not call:
            continue  # return jwt.decode(token, key, ..., issuer=unverified["iss"])
        if any(c is call for c in iter_calls(value)):
            return True
        if bound is not None and any(n.value == bound for n in iter_nodes(value, cst.Name)):
            return True
    return False


def _time_key(node: cst.CSTNode, name: str | None = None) -> bool:
    """x["exp"] or x.get("exp") (x the name, when given): a read of a time claim."""
    if isinstance(node, cst.Subscript) and len(node.slice) == 1 and isinstance(node.slice[0].slice, cst.Index):
        inner: cst.CSTNode = node.value
        key = node.slice[0].slice.value
    elif isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and node.func.attr.value == "get":
        if not node.args:
            return False
        inner, key = node.func.value, node.args[0].value
    else:
        return False
    if name is not None and not (isinstance(inner, cst.Name) and inner.value == name):
        return False
    return string_text(key) in TIME_CLAIMS


def _times_only(call: cst.Call, ctx: Context) -> bool:
    """The unverified claims are read for their times only (exp, iat, nbf): a client working out when its
    own token expires decides no identity or permission by them. The result is subscripted in place, or
    bound to a name every other use of which in the function reads a time claim."""
    parent = ctx.ancestors[-1] if ctx.ancestors else None
    if parent is None:
        return False
    if _time_key(parent):
        return True
    if ctx.function is None or not isinstance(parent, cst.Assign) or len(parent.targets) != 1:
        return False
    target = parent.targets[0].target
    if not isinstance(target, cst.Name):
        return False
    uses = sum(1 for n in iter_nodes(ctx.function, cst.Name) if n.value == target.value) - 1
    subscripts = [n for n in iter_nodes(ctx.function, cst.Subscript) if _time_key(n, target.value)]
    gets = [n for n in iter_nodes(ctx.function, cst.Call) if _time_key(n, target.value)]
    reads = len(subscripts) + len(gets)
    return uses > 0 and uses == reads


def _false(expr: cst.BaseExpression, ctx: Context) -> bool:
    """False, or a name assigned False before the call."""
    if isinstance(expr, cst.Name) and expr.value != "False":
        bound = bound_value(ctx, expr.value)
        return bound is not None and constant_value(bound) is False
    return constant_value(expr) is False


def _unverified_table(value: object) -> bool:
    """A constant dict (as the dataflow gives it: a frozenset of its items) that sets verify_signature False."""
    return isinstance(value, frozenset) and ("verify_signature", False) in value


def _problem(call: cst.Call, ctx: Context) -> str | None:
    verify = arg(call, "verify")
    if verify is not None and _false(verify.value, ctx):
        return "has verify=False"
    options = arg(call, "options")
    value = options.value if options is not None else None
    if isinstance(value, cst.Name):  # opts = {"verify_signature": False}; decode(..., options=opts)
        value = assigned_value(ctx, value.value, call) or value
    if isinstance(value, cst.Dict):
        for element in value.elements:
            if (
                isinstance(element, cst.DictElement)
                and string_text(element.key) == "verify_signature"
                and _false(element.value, ctx)
            ):
                return UNVERIFIED
    elif value is not None and any(_unverified_table(v) for v in fixed_values(value, ctx) or ()):
        return UNVERIFIED  # options=DEBUG_OPTIONS, options=self.OPTIONS: a constant table
    algorithms = arg(call, "algorithms", 2)
    if algorithms is not None:
        value = constant_value(algorithms.value)
        names = (value,) if isinstance(value, str) else value if isinstance(value, tuple) else ()
        if any(isinstance(n, str) and n.lower() == "none" for n in names):
            return "accepts the 'none' algorithm"
        if _from_unverified_header(algorithms.value, call, ctx):
            return "takes its algorithms from the token's own header, so the token chooses the algorithm"
        return None
    key = arg(call, "key", 1)
    if key is not None and not has_star_args(call):
        return "has no algorithms= list, so the token chooses the algorithm"
    return None


UNVERIFIED_HEADERS = frozenset({"jwt.get_unverified_header", "jose.jwt.get_unverified_header"})


def _from_unverified_header(expr: cst.BaseExpression, call: cst.Call, ctx: Context, depth: int = 0) -> bool:
    """The value is read from the token's unverified header: [header["alg"]], header.get("alg"),
    jwt.get_unverified_header(token)["alg"], through names assigned before the call."""
    if depth > 4:
        return False
    if isinstance(expr, (cst.List, cst.Tuple, cst.Set)):
        return any(_from_unverified_header(e.value, call, ctx, depth + 1) for e in expr.elements)
    if isinstance(expr, cst.Subscript):
        return _from_unverified_header(expr.value, call, ctx, depth + 1)
    if isinstance(expr, cst.Call):
        if ctx.qualname(expr.func) in UNVERIFIED_HEADERS:
            return True
        func = expr.func
        return isinstance(func, cst.Attribute) and _from_unverified_header(func.value, call, ctx, depth + 1)
    if isinstance(expr, cst.Name):
        value = assigned_value(ctx, expr.value, call)
        return value is not None and _from_unverified_header(value, call, ctx, depth + 1)
    return False
