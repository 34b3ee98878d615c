"""Direct database connections to GENE-S.I.S."""

import libcst as cst
from guidelint.cst import Context, Rule, RuleMeta, iter_calls, string_text

DRIVERS = ("psycopg2.connect", "psycopg.connect", "sqlalchemy.create_engine", "pymysql.connect", "cx_Oracle.connect")


class GenesisDirectDb(Rule):
    meta = RuleMeta.of(
        id="ACM101",
        clause="ACME-1",
        title="Direct connection to the GENE-S.I.S. database",
        severity="high",
        confidence="high",
        cwe=[284],
        owasp="A01:2021-Broken Access Control",
        message="{name}() connects straight to the GENE-S.I.S. database, bypassing ID checks and access records",
        rationale=(
            "GENE-S.I.S. holds production and pre-disclosure data. The genesis client authenticates the caller's "
            "ID and writes the access record the CSIRT audits; a direct database connection does neither."
        ),
        remediation="Use genesis.client.Session(user=...) and its query methods instead of a database driver.",
        references=("https://wiki.acme.internal/genesis/client",),
    )
    calls = DRIVERS
    needles = ("genesis",)

    def check_call(self, call: cst.Call, name: str, ctx: Context) -> None:
        for node in (call, *iter_calls(call)):
            for argument in node.args:
                text = string_text(argument.value)
                if text is not None and "genesis" in text.lower():
                    ctx.report(call, self.meta.message.format(name=name))
                    return

    flagged = """
        import psycopg2
        from sqlalchemy import create_engine

        conn = psycopg2.connect(host="genesis-db.acme.internal", dbname="prod")  # expect
        engine = create_engine("postgresql://genesis-db.acme.internal/prod")  # expect
    """
    safe = """
        import psycopg2
        from genesis.client import Session

        reports = psycopg2.connect(host="reports-db.acme.internal", dbname="reports")
        with Session(user=current_user) as genesis:
            orders = genesis.orders(since="2026-01-01")
    """
