"""Functions marked as accessing insider information that write no audit record."""

import re
from fnmatch import fnmatchcase
from typing import Any, ClassVar

import libcst as cst
from guidelint.cst import Context, Rule, RuleMeta, decorator_names, dotted, iter_calls, string_text

MARKERS = ["insider_access", "accesses_insider_data", "insider_data", "confidential_access"]
TYPES = ["Insider", "InsiderInfo", "MNPI"]
AUDIT_CALLS = [
    "audit",
    "audit_log",
    "*.audit",
    "audit.*",
    "*.audit_log",
    "record_access",
    "*.record_access",
    "audit_logger.*",
    "log_access",
    "*.log_access",
]
AUDIT_DECORATORS = ["audited", "audit_access", "*.audited"]
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _suffixes(name: str) -> list[str]:
    """The dotted name and its tails: self.audit_logger.info -> itself, audit_logger.info, info."""
    parts = name.split(".")
    return [".".join(parts[i:]) for i in range(len(parts))]


def _matches(name: str, patterns: list[str]) -> bool:
    return any(fnmatchcase(suffix, p) for suffix in _suffixes(name) for p in patterns)


class InsiderAccessUnaudited(Rule):
    meta = RuleMeta.of(
        id="AUD102",
        clause="SG-3.1",
        title="Insider information accessed without an audit record",
        severity="medium",
        confidence="medium",
        cwe=[778],
        owasp="A09:2021-Security Logging and Monitoring Failures",
        message="{name}() accesses insider information but writes no audit record",
        rationale=(
            "The company analyses and audits access records for clients' pre-disclosure insider "
            "information: who read which information, and when, is what an insider-trading inquiry or a "
            "leak investigation starts from. A function marked as accessing insider information (by its "
            "decorator, or because it takes or returns an insider type) that writes no audit record leaves "
            "a gap in those records that no later analysis can fill."
        ),
        remediation=(
            "Write an audit record (who, what, when) through the company audit logger in the function, e.g. "
            "audit.record_access(user=current_user.id, resource=deal.id, action='read'), or decorate it "
            "with @audited. Projects name their own audit API and markers in guidelint.toml: "
            '[options.AUD102] audit_calls = ["compliance.trail.*"], audit_decorators = ["*.audited"], '
            'markers = ["insider_access"], types = ["InsiderInfo"] (fnmatch patterns on the dotted callee '
            "or its last components). Marker and type names must contain insider/Insider, mnpi/MNPI or "
            "confidential/Confidential, the words the rule's prefilter looks for."
        ),
        references=(
            "https://cwe.mitre.org/data/definitions/778.html",
            "https://owasp.org/Top10/A09_2021-Security_Logging_and_Monitoring_Failures/",
            "https://cheatsheetseries.owasp.org/cheatsheets/Logging_Cheat_Sheet.html",
        ),
    )
    nodes = (cst.FunctionDef,)
    needles = ("insider", "Insider", "INSIDER", "mnpi", "MNPI", "confidential", "Confidential")
    options: ClassVar[dict[str, Any]] = {
        "markers": MARKERS,
        "types": TYPES,
        "audit_calls": AUDIT_CALLS,
        "audit_decorators": AUDIT_DECORATORS,
    }

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        assert isinstance(node, cst.FunctionDef)
        decorators = decorator_names(node, ctx)
        markers = list(ctx.option("markers", MARKERS))
        marked = any(_matches(name, markers) for name in decorators)
        if not marked and not _insider_typed(node, list(ctx.option("types", TYPES))):
            return
        if _stub(node):
            return  # an abstract method or protocol: the implementation audits
        if any(_matches(name, list(ctx.option("audit_decorators", AUDIT_DECORATORS))) for name in decorators):
            return
        audit_calls = list(ctx.option("audit_calls", AUDIT_CALLS))
        for call in iter_calls(node.body):
            callee = _callee(call.func, ctx)
            if callee and _matches(callee, audit_calls):
                return
        ctx.report(node.name, self.meta.message.format(name=node.name.value))

    flagged = """
        from company.insider import accesses_insider_data, insider_access, InsiderInfo

        @insider_access
        def read_deal(deal_id):  # expect
            return DEALS.get(deal_id)

        def latest_guidance(company: str) -> "InsiderInfo":  # expect
            row = db.fetch_guidance(company)
            logger.info("guidance loaded for %s", company)
            return InsiderInfo(row)

        class Vault:
            def export(self, info: list[InsiderInfo], path):  # expect
                write_csv(path, info)

        @accesses_insider_data
        def deal_memo(deal_id):  # expect
            memo = MEMOS[deal_id]
            memo.auditor_name()
            return memo
    """
    safe = """
        import logging
        from typing import Protocol

        from company import audit
        from company.audit import audited, record_access
        from company.insider import insider_access, InsiderInfo

        audit_logger = logging.getLogger("audit")

        @insider_access
        def read_deal(deal_id, user):
            audit.record_access(user=user.id, resource=deal_id, action="read")
            return DEALS.get(deal_id)

        @insider_access
        @audited
        def read_memo(memo_id):
            return MEMOS[memo_id]

        def latest_guidance(company: str, user) -> InsiderInfo:
            record_access(user.id, f"guidance:{company}")
            return InsiderInfo(db.fetch_guidance(company))

        class Vault:
            def __init__(self):
                self.audit_logger = audit_logger

            def export(self, info: list[InsiderInfo], user):
                self.audit_logger.info("export by %s of %d items", user.id, len(info))
                return to_csv(info)

        class InsiderSource(Protocol):
            def fetch(self, deal_id) -> InsiderInfo: ...

        def public_quote(symbol):
            return QUOTES[symbol]
    """


def _callee(func: cst.BaseExpression, ctx: Context) -> str:
    """The qualified (else dotted) name of a callee; for `get_audit_logger().info` the dotted tail."""
    name = ctx.qualname(func) or dotted(func)
    if name:
        return name
    parts: list[str] = []
    while isinstance(func, cst.Attribute):
        parts.append(func.attr.value)
        func = func.value
    return ".".join(reversed(parts))


def _insider_typed(func: cst.FunctionDef, types: list[str]) -> bool:
    """Whether the return annotation or a parameter annotation names an insider type."""
    params = func.params
    annotations = [p.annotation for p in (*params.posonly_params, *params.params, *params.kwonly_params)]
    for star in (params.star_arg, params.star_kwarg):
        if isinstance(star, cst.Param):
            annotations.append(star.annotation)
    annotations.append(func.returns)
    return any(a is not None and _names_type(a.annotation, types) for a in annotations)


def _names_type(expr: cst.BaseExpression, types: list[str]) -> bool:
    stack: list[cst.CSTNode] = [expr]
    while stack:
        node = stack.pop()
        if isinstance(node, cst.Name):
            names = [node.value]
        elif isinstance(node, cst.Attribute):
            names = [node.attr.value]
        elif isinstance(node, (cst.SimpleString, cst.ConcatenatedString)):
            names = _IDENTIFIER.findall(string_text(node) or "")  # "InsiderInfo", "list[MNPI]"
        else:
            names = []
        if any(fnmatchcase(n, t) for n in names for t in types):
            return True
        if isinstance(node, cst.Attribute):
            stack.append(node.value)
        elif not isinstance(node, (cst.SimpleString, cst.ConcatenatedString)):
            stack.extend(node.children)
    return False


def _stub(func: cst.FunctionDef) -> bool:
    """A body of only a docstring, `...`, `pass` or `raise NotImplementedError`."""
    body = func.body
    statements = body.body if isinstance(body, cst.IndentedBlock) else (body,)
    for statement in statements:
        if not isinstance(statement, (cst.SimpleStatementLine, cst.SimpleStatementSuite)):
            return False
        for small in statement.body:
            if isinstance(small, cst.Pass):
                continue
            if isinstance(small, cst.Expr) and isinstance(
                small.value, (cst.Ellipsis, cst.SimpleString, cst.ConcatenatedString)
            ):
                continue
            if isinstance(small, cst.Raise) and "NotImplementedError" in (dotted(_raised(small)) or ""):
                continue
            return False
    return True


def _raised(statement: cst.Raise) -> cst.BaseExpression:
    exc = statement.exc
    if isinstance(exc, cst.Call):
        return exc.func
    return exc if exc is not None else cst.Name("None")
