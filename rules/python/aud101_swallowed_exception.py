"""Broad except blocks that silently discard the error."""

import re

import libcst as cst
from guidelint.cst import Context, Rule, RuleMeta

BROAD = frozenset({"Exception", "BaseException", "builtins.Exception", "builtins.BaseException"})


class SwallowedException(Rule):
    meta = RuleMeta.of(
        id="AUD101",
        clause="SG-3.3",
        title="Exception silently swallowed",
        severity="low",
        confidence="high",
        cwe=[390],
        owasp="A09:2021-Security Logging and Monitoring Failures",
        message="{name} catches every error and discards it without a trace",
        rationale=(
            "A broad except whose body is only pass, ... or continue hides every failure, including the "
            "errors an attack produces (failed decryption, rejected signatures, permission errors). The "
            "company's incident detection and audit of access to confidential and insider information rely "
            "on failures being visible to the CSIRT and SOC; a swallowed error leaves no record to analyse."
        ),
        remediation=(
            "Catch the specific exceptions you expect (except KeyError: ...), and log anything broader: "
            "except Exception: logger.exception('while doing X') (then re-raise, or continue deliberately)."
        ),
        references=(
            "https://docs.python.org/3/tutorial/errors.html#handling-exceptions",
            "https://cwe.mitre.org/data/definitions/390.html",
        ),
    )
    nodes = (cst.ExceptHandler, cst.ExceptStarHandler)
    # a handler whose body (after comments) starts with pass, ... or continue; a comment is read to its line's
    # end (`#[^\n]*\s*` repeated could split a run of `#` in exponentially many ways: `except:  ####...`)
    needles = (
        re.compile(
            r"except\s*(?:\*\s*)?(?:[^\n:]*\b(?:Exception|BaseException)\b[^\n:]*)?:\s*(?:#[^\n]*\n\s*)*"
            r"(?:pass\b|\.\.\.|continue\b)"  # `...` then `\b` needed a word after it: `except E: ...` was missed
        ),
    )

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        assert isinstance(node, (cst.ExceptHandler, cst.ExceptStarHandler))
        if not _only_ignores(node.body):
            return
        caught = node.type
        if caught is None:
            ctx.report(node, self.meta.message.format(name="A bare except:"))
            return
        types = [e.value for e in caught.elements] if isinstance(caught, cst.Tuple) else [caught]
        for expr in types:
            name = _name(expr, ctx)
            if name in BROAD:
                ctx.report(node, self.meta.message.format(name=f"except {name.removeprefix('builtins.')}:"))
                return

    flagged = """
        import builtins
        import json

        def load(paths):
            for path in paths:
                try:
                    yield json.load(open(path))
                except Exception:  # expect
                    continue

        def close(handle):
            try:
                handle.close()
            except:  # expect
                pass

        def parse(text):
            try:
                return json.loads(text)
            except (ValueError, BaseException):  # expect
                ...

        def shutdown(worker):
            try:
                worker.stop()
            except builtins.Exception: pass  # expect
    """
    safe = """
        import json
        import logging

        logger = logging.getLogger(__name__)

        def lookup(mapping, key):
            try:
                return mapping[key]
            except KeyError:
                pass

        def load(path):
            try:
                with open(path) as handle:
                    return json.load(handle)
            except Exception:
                logger.exception("could not read %s", path)
                raise

        def close(handle):
            try:
                handle.close()
            except OSError:
                pass
            except Exception as exc:
                logger.warning("close failed: %s", exc)
    """


def _only_ignores(body: cst.BaseSuite) -> bool:
    if isinstance(body, cst.SimpleStatementSuite):
        statements: list[cst.BaseSmallStatement] = list(body.body)
    else:
        statements = []
        for line in body.body:
            if not isinstance(line, cst.SimpleStatementLine):
                return False
            statements.extend(line.body)
    for small in statements:
        if isinstance(small, (cst.Pass, cst.Continue)):
            continue
        if isinstance(small, cst.Expr) and isinstance(small.value, cst.Ellipsis):
            continue
        return False
    return bool(statements)


def _name(expr: cst.BaseExpression, ctx: Context) -> str | None:
    if isinstance(expr, cst.Name):
        if ctx.is_bound(expr.value):
            return ctx.qualname(expr)  # imported or defined here: only builtins.Exception counts
        return expr.value
    if isinstance(expr, cst.Attribute):
        return ctx.qualname(expr)
    return None
