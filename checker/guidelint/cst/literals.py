"""Where a credential-looking literal sits, for SEC101: a map of argument names, a sample link to the
application's own route, the values of a message's format fields, an option's values."""

from __future__ import annotations

from functools import lru_cache

import libcst as cst

from guidelint.cst.api import Context
from guidelint.cst.children import children
from guidelint.cst.credentials import IDENTIFIER, abbreviates
from guidelint.cst.helpers import target_name
from guidelint.cst.passwords import PASSWORD_WORDS
from guidelint.semantic.formatting import string_text


@lru_cache(maxsize=4096)
def renames(parent: cst.CSTNode) -> bool:
    """A call or dict whose string values rename its keys: dict(database="db", username="user",
    password="passwd") translates argument names. A lone entry counts when its value is another spelling
    of a password word ({"password": "passwd"}): a value like "pass" stays a (weak) password."""
    pairs: list[tuple[str, str]] = []
    if isinstance(parent, cst.Call):
        pairs = [(a.keyword.value, string_text(a.value) or "") for a in parent.args if a.keyword is not None]
    elif isinstance(parent, cst.Dict):
        pairs = [
            (string_text(e.key) or "", string_text(e.value) or "")
            for e in parent.elements
            if isinstance(e, cst.DictElement)
        ]
    pairs = [(k.lower(), v) for k, v in pairs if v]
    if not pairs or not all(IDENTIFIER.match(v) and (abbreviates(v, k) or abbreviates(k, v)) for k, v in pairs):
        return False
    return len(pairs) > 1 or pairs[0][1] in PASSWORD_WORDS


def link_argument(chain: list[cst.CSTNode], ctx: Context) -> bool:
    """The value (an argument or dict entry whose ancestors are `chain`) is a path or query argument of a
    link the application builds to its own route: reverse("order", kwargs={"secret": "..."}),
    url_for("reset", token="..."). The app authenticates to nothing with it; a literal there is the sample
    shown in a preview or a help text."""
    call = chain[-1] if chain else None
    if isinstance(call, cst.Dict) and len(chain) >= 3:
        holder, call = chain[-2], chain[-3]
        if not (isinstance(holder, cst.Arg) and holder.keyword is not None and holder.keyword.value == "kwargs"):
            return False
    if not isinstance(call, cst.Call):
        return False
    callee = ctx.qualname(call.func) or target_name(call.func) or ""
    word = callee.rpartition(".")[2].lower()
    return "reverse" in word or word == "url_for"


def sample_link_rows(key: str, ctx: Context) -> bool:
    """The entry is in a row of a literal list a comprehension loops over (`for row in [{...}, {...}]`),
    and the comprehension puts `row[key]` only into links to the app's own routes (`_link_argument`): the
    rows are the samples a preview shows."""
    chain = ctx.ancestors
    if len(chain) < 5 or not isinstance(chain[-3], (cst.List, cst.Tuple)) or not isinstance(chain[-4], cst.CompFor):
        return False
    loop, comprehension = chain[-4], chain[-5]
    if loop.iter is not chain[-3] or not isinstance(loop.target, cst.Name):
        return False
    if not isinstance(comprehension, (cst.ListComp, cst.SetComp, cst.GeneratorExp, cst.DictComp)):
        return False
    row = loop.target.value
    uses = 0
    stack: list[tuple[cst.CSTNode, list[cst.CSTNode]]] = [(comprehension, [])]
    while stack:
        node, path = stack.pop()
        if _row_item(node, row, key):
            if not (path and isinstance(path[-1], (cst.Arg, cst.DictElement)) and link_argument(path[:-1], ctx)):
                return False
            uses += 1
        stack.extend((child, [*path, node]) for child in children(node))
    return uses > 0


def _row_item(node: cst.CSTNode, row: str, key: str) -> bool:
    """`row["key"]`."""
    if not (isinstance(node, cst.Subscript) and isinstance(node.value, cst.Name) and node.value.value == row):
        return False
    index = node.slice[0].slice if len(node.slice) == 1 else None
    return isinstance(index, cst.Index) and string_text(index.value) == key


def format_values(ancestors: list[cst.CSTNode]) -> bool:
    """The dict is the right operand of `"template %(name)s" % {...}`: its keys are the template's fields."""
    if len(ancestors) < 2 or not isinstance(ancestors[-1], cst.Dict):
        return False
    operation = ancestors[-2]
    return (
        isinstance(operation, cst.BinaryOperation)
        and isinstance(operation.operator, cst.Modulo)
        and operation.right is ancestors[-1]
        and string_text(operation.left) is not None
    )


def option_values(ctx: Context) -> dict[str, set[str]]:
    """The values of the file's enum-like options, per compared expression: an expression compared with
    two or more strings (mode == "always" ... mode == "on_create"), or compared with a string that is
    one of a list of choices written in the file (choices=["always", "on_create"])."""
    found: dict[str, set[str]] | None = ctx.memo.get("SEC101.options")
    if found is not None:
        return found
    compared: dict[str, set[str]] = {}
    choices: set[str] = set()
    stack: list[cst.CSTNode] = [ctx.module]
    while stack:
        node = stack.pop()
        stack.extend(node.children)
        if isinstance(node, cst.Comparison):
            for part in node.comparisons:
                pair = (node.left, part.comparator)
                for named, literal in (pair, pair[::-1]):
                    text = string_text(literal)
                    if text is not None and not isinstance(named, (cst.SimpleString, cst.ConcatenatedString)):
                        compared.setdefault(ctx.code(named), set()).add(text)
        elif isinstance(node, (cst.List, cst.Tuple, cst.Set)) and len(node.elements) > 1:
            texts = [string_text(e.value) for e in node.elements]
            if all(t is not None for t in texts):
                choices.update(t for t in texts if t is not None)
    found = {key: values if len(values) > 1 else values & choices for key, values in compared.items()}
    ctx.memo["SEC101.options"] = found
    return found
