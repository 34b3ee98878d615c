"""Passwords hashed with no salt at all."""

import libcst as cst
from guidelint.cst import Context, Rule, RuleMeta, Shape
from guidelint.cst.passwords import NAME_WORDS, password_hash


class PasswordHashWithoutSalt(Rule):
    meta = RuleMeta.of(
        id="ACC151",
        clause="SG-1.3",
        title="Password hashed without a salt",
        severity="high",
        confidence="medium",
        cwe=[759, 916, 522],  # 522: the stored credential is not protected
        owasp="A02:2021-Cryptographic Failures",
        message="{name}() hashes a password and nothing else: no salt, and a fast hash",
        rationale=(
            "Hashed without a salt, equal passwords give equal hashes: one glance at a stolen table shows who "
            "shares a password, and tables precomputed once for MD5 or SHA-256 reverse most of them at once. "
            "The accounts those passwords open reach clients' confidential and pre-disclosure insider "
            "information, so a leaked credential store must not give them away."
        ),
        remediation=(
            "Use a password hashing function, which salts each password itself: argon2-cffi "
            "(PasswordHasher().hash(password)), bcrypt.hashpw(password, bcrypt.gensalt()), or "
            "hashlib.scrypt(password, salt=os.urandom(16), n=2**14, r=8, p=1) storing the salt with the hash; "
            "in Django use make_password() and check_password()."
        ),
        references=(
            "https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html#salting",
            "https://cwe.mitre.org/data/definitions/759.html",
        ),
    )
    nodes = (cst.Call,)
    needles = ("hashlib",)
    shape = Shape(words=tuple(sorted(NAME_WORDS)))  # a hash of a value named as a password

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        assert isinstance(node, cst.Call)
        hashed = password_hash(node, ctx)
        if hashed is not None and not hashed.salted:
            ctx.report(node, self.meta.message.format(name=hashed.name))

    flagged = """
        import hashlib

        def legacy_check(user, form):
            return user.stored == hashlib.md5(form.password.encode("utf-8")).hexdigest()  # expect

        def store_password(db, user, password):
            hasher = hashlib.new("sha256")
            hasher.update(password)  # expect
            db.update(user, hasher.digest())

        def fingerprint(password):
            first = hashlib.sha1(password)  # expect
            return first.hexdigest()

        def store_prefixed(user, password):
            digest = hashlib.sha1(password.encode()).hexdigest()  # expect
            user.password_hash = digest[:40]

        def long_prefix(password):
            digest = hashlib.sha256(password.encode()).hexdigest()  # expect
            return digest[:32], digest

        def stored_inline(user, password):
            user.password_hash = hashlib.sha1(password.encode()).hexdigest().upper()[:40]  # expect
    """
    safe = """
        import hashlib
        import os

        def register(db, username, password):
            salt = os.urandom(16)
            db.save(username, salt, hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1))

        def salted_but_fast(user, password):  # still too fast: ACC150
            return hashlib.sha256(user.salt + password.encode()).hexdigest()

        def file_digest(path):
            return hashlib.sha256(open(path, "rb").read()).hexdigest()

        def salted_later(password, salt):  # salt added by a later update(): still too fast, ACC150
            hasher = hashlib.sha1(password)
            hasher.update(salt)
            return hasher.digest() + salt

        def breached(client, password):  # k-anonymity: only five hex digits leave, the rest is compared here
            digest = hashlib.sha1(password.encode("utf-8")).hexdigest().upper()
            head, tail = digest[:5], digest[5:]
            return tail in client.range(head)

        def breach_range(password):  # only the five-digit prefix leaves the expression
            return hashlib.sha1(password.encode()).hexdigest().upper()[:5]
    """
