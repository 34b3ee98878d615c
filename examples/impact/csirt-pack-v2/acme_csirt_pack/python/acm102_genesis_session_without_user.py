"""GENE-S.I.S. sessions opened without the caller's ID (new in 1.3.0)."""

import libcst as cst
from guidelint.cst import Context, Rule, RuleMeta


class GenesisSessionWithoutUser(Rule):
    meta = RuleMeta.of(
        id="ACM102",
        clause="ACME-1",
        title="GENE-S.I.S. session without the caller's ID",
        severity="high",
        confidence="high",
        cwe=[284],
        owasp="A01:2021-Broken Access Control",
        message="genesis Session() opened without user=: the access record names the service, not the person",
        rationale=(
            "The genesis client writes the access record the CSIRT audits under the ID it is given. A session "
            "opened without `user=` runs under the service account, so nobody can tell who read the data."
        ),
        remediation="Pass the authenticated caller: Session(user=current_user).",
        references=("https://wiki.acme.internal/genesis/client#sessions",),
    )
    calls = ("genesis.client.Session",)

    def check_call(self, call: cst.Call, name: str, ctx: Context) -> None:
        if not any(arg.keyword is not None and arg.keyword.value == "user" for arg in call.args):
            ctx.report(call)

    flagged = """
        from genesis.client import Session

        with Session() as genesis:  # expect
            orders = genesis.orders(since="2026-01-01")
    """
    safe = """
        from genesis.client import Session

        with Session(user=current_user) as genesis:
            orders = genesis.orders(since="2026-01-01")
    """
