"""Where a rule meets the random module: instances of its generators bound to a name, and the names a module takes
from `secrets` first (CRY102)."""

from __future__ import annotations

import libcst as cst

from guidelint.cst.api import Context
from guidelint.cst.bindings import assignments
from guidelint.cst.helpers import target_name
from guidelint.semantic.names import dotted

# constructors of a predictable generator: the random module's Mersenne Twister, and numpy's (a `Generator` of
# PCG64 from `default_rng()`, seeded or not, and the legacy `RandomState`): none is made for secrets
GENERATORS = frozenset(
    {"random.Random", "numpy.random.default_rng", "numpy.random.RandomState", "numpy.random.Generator"}
)


def random_instance(receiver: str, ctx: Context) -> str | None:
    """The constructor of `receiver = random.Random(...)` / `numpy.random.default_rng(...)` on a line of its own
    in the body of this function (or module), or None."""
    for a in assignments(ctx, receiver):
        if a.top_level and isinstance(a.node, cst.Assign) and isinstance(a.value, cst.Call):
            made = ctx.qualname(a.value.func)
            if made in GENERATORS:
                return made
    return None


def secrets_first(ctx: Context) -> frozenset[str]:
    """Names the module imports from `secrets` in the body of a top-level `try:`, the random module standing
    in only where that import fails (`except ImportError:`, an interpreter without secrets): the secure
    binding is the one that runs."""
    found: frozenset[str] | None = ctx.memo.get("CRY102 secrets first")
    if found is None:
        names: set[str] = set()
        for statement in ctx.module.body:
            if not isinstance(statement, cst.Try):
                continue
            for line in statement.body.body:
                if not isinstance(line, cst.SimpleStatementLine):
                    continue
                for small in line.body:
                    if (
                        isinstance(small, cst.ImportFrom)
                        and small.module is not None
                        and dotted(small.module) == "secrets"
                        and not isinstance(small.names, cst.ImportStar)
                    ):
                        names.update(target_name(a.asname.name if a.asname else a.name) or "" for a in small.names)
        found = ctx.memo["CRY102 secrets first"] = frozenset(names - {""})
    return found
