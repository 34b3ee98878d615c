"""Passwords hashed with a fast, general-purpose hash, or only encoded, instead of a password hashing function."""

import libcst as cst
from guidelint.cst import Context, Rule, RuleMeta, Shape, arg, string_parts, string_text
from guidelint.cst.passwords import NAME_WORDS, is_password, password_hash

# encodings that anyone who reads the stored value reverses
ENCODERS = (
    *(
        f"base64.{e}"
        for e in (
            "b64encode",
            "standard_b64encode",
            "urlsafe_b64encode",
            "encodebytes",
            "b32encode",
            "b16encode",
            "b85encode",
        )
    ),
    "binascii.hexlify",
    "binascii.b2a_base64",
    "codecs.encode",
)
DECODERS = frozenset(
    {
        *(
            f"base64.{d}"
            for d in (
                "b64decode",
                "standard_b64decode",
                "urlsafe_b64decode",
                "decodebytes",
                "b32decode",
                "b16decode",
                "b85decode",
            )
        ),
        "binascii.unhexlify",
        "binascii.a2b_base64",
        "codecs.decode",
    }
)


class PasswordFastHash(Rule):
    meta = RuleMeta.of(
        id="ACC150",
        clause="SG-1.3",
        title="Password hashed with a fast hash or only encoded",
        severity="medium",
        confidence="medium",
        cwe=[916, 257, 522],  # a fast hash; a recoverable format; both leave stored credentials unprotected
        owasp="A02:2021-Cryptographic Failures",
        message="{name}() hashes a salted password with a fast hash; use a password hashing function",
        rationale=(
            "MD5, SHA-1 and even SHA-256 or SHA-512 are built to be fast: a stolen table of such hashes is "
            "cracked at billions of guesses per second on one graphics card, and without a per-user salt one "
            "precomputed table cracks them all. The IDs those passwords protect guard clients' confidential "
            "and pre-disclosure insider information, so a leaked credential store must not give them away."
        ),
        remediation=(
            "Use a password hashing function with a per-user salt and a work factor: argon2-cffi "
            "(PasswordHasher().hash(password)), bcrypt.hashpw(password, bcrypt.gensalt()), "
            "hashlib.scrypt(password, salt=os.urandom(16), n=2**14, r=8, p=1) or hashlib.pbkdf2_hmac('sha256', "
            "password, os.urandom(16), 600_000); in Django use make_password() and check_password()."
        ),
        references=(
            "https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html",
            "https://docs.python.org/3/library/hashlib.html#key-derivation",
        ),
    )
    calls = ENCODERS
    nodes = (cst.Call, cst.Comparison)
    needles = ("hashlib", "base64", "hexlify", "codecs")
    shape = Shape(words=tuple(sorted(NAME_WORDS)))  # every report is about a value named as a password

    def check_call(self, call: cst.Call, name: str, ctx: Context) -> None:
        data = arg(call, "s", 0) or arg(call, "obj", 0)
        if data is not None and is_password(data.value, ctx) and not _basic_credentials(data.value):
            ctx.report(call, f"{name}() only encodes a password: whoever reads the stored value decodes it")

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        """A salted fast hash of a password (unsalted: ACC151), or base64.b64decode(stored) == password."""
        if isinstance(node, cst.Call):
            hashed = password_hash(node, ctx)
            if hashed is not None and hashed.salted:
                ctx.report(node, self.meta.message.format(name=hashed.name))
            return
        if not isinstance(node, cst.Comparison) or len(node.comparisons) != 1:
            return
        if not isinstance(node.comparisons[0].operator, (cst.Equal, cst.NotEqual)):
            return
        left, right = node.left, node.comparisons[0].comparator
        for stored, given in ((left, right), (right, left)):
            decoder = _decoder(stored, ctx)
            if decoder and is_password(given, ctx):
                ctx.report(node, f"The stored password is compared after {decoder}(): it is kept recoverable")
                return

    flagged = """
        import hashlib
        from hashlib import sha256

        def register(db, username, password, salt):
            digest = hashlib.sha256((salt + password).encode()).hexdigest()  # expect
            db.save(username, digest)

        def store(user, new_password):
            hasher = hashlib.new("sha512")
            hasher.update(user.salt)
            hasher.update(new_password.encode())  # expect
            user.pw_hash = hasher.hexdigest()
            user.fingerprint = sha256(f"{user.id}:{new_password}".encode()).hexdigest()  # expect

        import base64

        def save_login(db, user, password):
            db.insert(user, base64.b64encode(password.encode()))  # expect

        def check_login(row, password):
            return base64.b64decode(row[0]).decode() == password  # expect

        def set_card_pin(card, pin):
            card.pin = base64.b64encode(pin.encode()).decode()  # expect  (a PIN or passcode is a password)
    """
    safe = """
        import hashlib
        import os

        def register(db, username, password):
            salt = os.urandom(16)
            digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)
            db.save(username, salt + digest)

        def fingerprints(document, password_hash, reset_token):
            checksum = hashlib.sha256(document).hexdigest()
            rehashed = hashlib.sha256(password_hash.encode()).hexdigest()
            token_id = hashlib.sha256(reset_token.encode()).hexdigest()
            return checksum, rehashed, token_id

        def cache_key(password):
            return hashlib.md5(password.encode(), usedforsecurity=False).hexdigest()

        def legacy_check(user, form):  # no salt at all: ACC151
            return user.stored == hashlib.md5(form.password.encode("utf-8")).hexdigest()

        import base64

        def pinned_release(release, pin_version):
            return hashlib.sha256(pin_version.encode()).hexdigest()  # a version pin, not a PIN

        def basic_auth_header(username, password):
            return "Basic " + base64.b64encode(f"{username}:{password}".encode()).decode()

        def same_digest(stored, password_hash):
            return base64.b64decode(stored) == password_hash
    """


def _decoder(expr: cst.BaseExpression, ctx: Context) -> str | None:
    """The decoding call a value comes out of: base64.b64decode(x), or its .decode() to text."""
    if isinstance(expr, cst.Call) and isinstance(expr.func, cst.Attribute) and expr.func.attr.value == "decode":
        inner = _decoder(expr.func.value, ctx)
        if inner:
            return inner
    if isinstance(expr, cst.Call):
        name = ctx.qualname(expr.func)
        if name in DECODERS:
            return name
    return None


def _basic_credentials(expr: cst.BaseExpression) -> bool:
    """user:password, the pair HTTP Basic authentication sends base64-encoded: a header, not storage."""
    while isinstance(expr, cst.Call) and isinstance(expr.func, cst.Attribute):  # f"{u}:{p}".encode()
        expr = expr.func.value
    parts = string_parts(expr) or []
    return any(":" in (string_text(p) or "") for p in parts) or (
        isinstance(expr, cst.FormattedString)
        and any(isinstance(p, cst.FormattedStringText) and ":" in p.value for p in expr.parts)
    )
