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
            ctx.report(call, self.meta.message.format(name=name, problem="returns claims without verification"))
            return
        problem = _problem(call, ctx)
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
    """


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
                return "turns off verify_signature"
    elif value is not None and any(_unverified_table(v) for v in fixed_values(value, ctx) or ()):
        return "turns off verify_signature"  # options=DEBUG_OPTIONS, options=self.OPTIONS: a constant table
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
