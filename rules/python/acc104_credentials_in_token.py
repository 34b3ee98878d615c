"""Passwords and other credentials put into the claims of a JSON Web Token."""

import libcst as cst
from guidelint.cst import Context, Rule, RuleMeta, arg, bound_value, last_word, string_text

ENCODERS = ("jwt.encode", "jwt.api_jwt.encode", "jose.jwt.encode", "jwt.JWT.encode")
# claim names that hold a credential, by their last word ("db_password", "apiSecret"; not "password_changed")
CREDENTIAL_WORDS = frozenset({"password", "passwd", "pwd", "passphrase", "secret", "pin", "cvv", "otp"})


class CredentialsInToken(Rule):
    meta = RuleMeta.of(
        id="ACC104",
        clause="SG-1.2",
        title="Credential in the claims of a JWT",
        severity="high",
        confidence="high",
        cwe=[522],
        owasp="A04:2021-Insecure Design",
        message="{name}() puts the claim '{claim}' into the token; JWT claims are readable by anyone holding it",
        rationale=(
            "A signed JWT is encoded, not encrypted: its claims are base64 that every browser, proxy log and "
            "support ticket holding the token can read. A password, PIN or secret placed in a claim is handed "
            "to all of them, and stays valid long after the token expires."
        ),
        remediation=(
            "Put only an identifier and the permissions into the token (sub, roles, exp); check the password "
            "once at login and never copy it into a token. If claims must be confidential, use an encrypted "
            "JWE instead of a signed JWT."
        ),
        references=(
            "https://datatracker.ietf.org/doc/html/rfc7519#section-6",
            "https://cheatsheetseries.owasp.org/cheatsheets/JSON_Web_Token_for_Java_Cheat_Sheet.html",
        ),
    )
    calls = ENCODERS

    def check_call(self, call: cst.Call, name: str, ctx: Context) -> None:
        payload = arg(call, "payload", 0)
        if payload is None:
            return
        claims = payload.value
        if isinstance(claims, cst.Name):  # payload = {...} above, in the function or the module
            claims = bound_value(ctx, claims.value) or claims
        if not isinstance(claims, cst.Dict):
            return
        for element in claims.elements:
            key = string_text(element.key) if isinstance(element, cst.DictElement) else None
            if key is not None and last_word(key) in CREDENTIAL_WORDS:
                ctx.report(element, self.meta.message.format(name=name.rsplit(".", 1)[-1], claim=key))

    flagged = """
        import jwt

        CLAIMS = {"sub": "svc-reports", "api_secret": "from-vault"}  # expect

        def issue(user, key):
            return jwt.encode({"sub": user.id, "password": user.password}, key, algorithm="HS256")  # expect

        def service(key):
            return jwt.encode(CLAIMS, key, algorithm="HS256")

        def login(form, key):
            claims = {"sub": form.username, "pin": form.pin}  # expect
            return jwt.encode(claims, key, algorithm="HS256")
    """
    safe = """
        import jwt

        def issue(user, key):
            claims = {"sub": user.id, "roles": user.roles, "password_changed": user.changed_at.isoformat()}
            return jwt.encode(claims, key, algorithm="HS256")

        def reset(user, key):
            form = {"password": "", "confirm": ""}
            return jwt.encode({"sub": user.id, "purpose": "reset"}, key, algorithm="HS256"), form
    """
