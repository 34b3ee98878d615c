"""The application's secret key used as the salt of Hashids, which does not keep its salt secret."""

import libcst as cst
from guidelint.cst import Context, Rule, RuleMeta, arg


class SecretKeyAsHashidsSalt(Rule):
    meta = RuleMeta.of(
        id="CRY108",
        clause="SG-7.1",
        title="Application secret key used as a Hashids salt",
        severity="high",
        confidence="high",
        cwe=[327],
        owasp="A02:2021-Cryptographic Failures",
        message="Hashids() gets the application's SECRET_KEY as its salt; the salt can be worked out from the ids",
        rationale=(
            "Hashids is an obfuscation, not encryption: with enough encoded ids and their numbers the salt "
            "can be recovered. When the salt is SECRET_KEY, that recovers the key Django or Flask signs "
            "sessions, password-reset links and CSRF tokens with, so anyone can forge them and act as any "
            "member of staff."
        ),
        remediation=(
            "Give Hashids its own, non-secret salt (HASHIDS_SALT in settings), and never treat encoded ids "
            "as access control; check permissions on the record itself."
        ),
        references=("https://hashids.org/python/", "https://docs.djangoproject.com/en/stable/ref/settings/#secret-key"),
    )
    calls = ("hashids.Hashids",)

    def check_call(self, call: cst.Call, name: str, ctx: Context) -> None:
        salt = arg(call, "salt", 0)
        if salt is not None and "SECRET_KEY" in ctx.code(salt.value):
            ctx.report(salt, self.meta.message)

    flagged = """
        from django.conf import settings
        from flask import current_app
        from hashids import Hashids

        public_ids = Hashids(salt=settings.SECRET_KEY, min_length=8)  # expect

        def encoder():
            return Hashids(current_app.config["SECRET_KEY"], min_length=8)  # expect
    """
    safe = """
        from django.conf import settings
        from hashids import Hashids

        public_ids = Hashids(salt=settings.HASHIDS_SALT, min_length=8)
    """
