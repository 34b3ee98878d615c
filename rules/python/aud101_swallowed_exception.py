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
        if not _only_ignores(node.body) or _raises_next(node, ctx):
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

        def first_valid(texts):
            for text in texts:
                try:
                    return json.loads(text)
                except Exception:  # expect: the next text is tried, the error forgotten
                    continue
                raise ValueError("unreachable")
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

        def cache_key(value, loose):
            try:
                return hash(value)
            except Exception:
                pass
            raise TypeError(f"{type(value).__name__} cannot be a cache key")  # the failure ends in an error

        def loose_key(value, loose):
            if loose:
                try:
                    return hash(repr(value))
                except Exception:
                    pass
            raise TypeError("no key")  # after the if statement whose body the try ends
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


def _raises_next(handler: cst.ExceptHandler | cst.ExceptStarHandler, ctx: Context) -> bool:
    """`try: return hash(obj) / except: pass / raise TypeError(...)`: the handler passes (not continue) into
    a raise, the statement that runs after the try statement, so the failure ends in an error, not in
    silence."""
    if any(isinstance(s, cst.Continue) for line in handler.body.body for s in getattr(line, "body", (line,))):
        return False
    following = _after(ctx.ancestors, len(ctx.ancestors) - 1)
    return isinstance(following, cst.SimpleStatementLine) and isinstance(following.body[0], cst.Raise)


def _after(chain: list[cst.CSTNode], index: int) -> cst.CSTNode | None:
    """The statement that runs after the statement `chain[index]` completes: the next one in its block, or
    when it ends the body of an if (elif, else) or with statement, the one after that statement."""
    while index >= 2:
        statement, block = chain[index], chain[index - 1]
        lines: list[cst.CSTNode] = list(getattr(block, "body", ()))
        position = next((i for i, line in enumerate(lines) if line is statement), None)
        if position is None:
            return None
        if position + 1 < len(lines):
            return lines[position + 1]
        index -= 2  # the statement (or `else:`) whose body the block is
        if isinstance(chain[index], cst.Else) and isinstance(chain[index - 1], cst.If):
            index -= 1
        while isinstance(chain[index], cst.If) and isinstance(chain[index - 1], cst.If):
            index -= 1  # an elif: the if statement it belongs to
        if not isinstance(chain[index], (cst.If, cst.With)):
            return None
    return None


def _name(expr: cst.BaseExpression, ctx: Context) -> str | None:
    if isinstance(expr, cst.Name):
        if ctx.is_bound(expr.value):
            return ctx.qualname(expr)  # imported or defined here: only builtins.Exception counts
        return expr.value
    if isinstance(expr, cst.Attribute):
        return ctx.qualname(expr)
    return None
