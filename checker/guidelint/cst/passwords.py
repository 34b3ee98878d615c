"""Passwords and their hashing, shared by the password-storage rules (ACC150, ACC151)."""

from __future__ import annotations

from dataclasses import dataclass

import libcst as cst

from guidelint.cst import (
    Context,
    arg,
    bound_value,
    dotted,
    is_constant,
    iter_nodes,
    keyword_is,
    name_words,
    string_parts,
)

FAST_HASHES = (
    "md5",
    "sha1",
    "sha224",
    "sha256",
    "sha384",
    "sha512",
    "sha3_224",
    "sha3_256",
    "sha3_384",
    "sha3_512",
    "blake2b",
    "blake2s",
)
HASH_CONSTRUCTORS = (*(f"hashlib.{h}" for h in FAST_HASHES), "hashlib.new")
PASSWORD_WORDS = frozenset({"password", "passwd", "pwd", "passphrase", "passcode"})
# a PIN is a password too, but "pin" also names a version pin or a hardware pin: it counts as the last word of
# a name (card_pin, new_pin) or before "code" (pin_code)
PIN = "pin"
# the words a password's name holds one of (the password rules' shapes)
NAME_WORDS = PASSWORD_WORDS | {PIN}
# names about a password that are not the password itself
OTHER_WORDS = frozenset({"hash", "hashed", "digest", "reset", "token", "url", "link", "hint", "policy", "length"})
_WRAPPERS = ("encode", "strip", "lower", "upper")


@dataclass(frozen=True)
class PasswordHash:
    """A fast hash of a password: the call that names it (hashlib.md5, hashlib.new().update) and whether
    anything besides the password (a salt) goes into it."""

    name: str
    salted: bool


def is_password(expr: cst.BaseExpression, ctx: Context, depth: int = 0) -> bool:
    """The expression is (or is built from) a value named as a password: `password`, `form.password`,
    `password.encode()`, `salt + password`, f"{salt}{password}", bytes(password, "utf-8")."""
    if depth > 4:
        return False
    if isinstance(expr, (cst.Name, cst.Attribute)):
        name = dotted(expr)
        if name is None:
            return False
        words = name_words(name.rsplit(".", 1)[-1])
        named = bool(PASSWORD_WORDS & set(words)) or words[-1:] == [PIN] or words[-2:] == [PIN, "code"]
        return named and not OTHER_WORDS & set(words)
    inner = _unwrapped(expr)
    if inner is not expr:
        return is_password(inner, ctx, depth + 1)
    parts = string_parts(expr)
    if parts is not None:
        return any(is_password(p, ctx, depth + 1) for p in parts)
    if isinstance(expr, cst.BinaryOperation) and isinstance(expr.operator, cst.Add):
        return is_password(expr.left, ctx, depth + 1) or is_password(expr.right, ctx, depth + 1)
    return False


def password_hash(call: cst.Call, ctx: Context) -> PasswordHash | None:
    """The fast hash of a password this call makes: hashlib.sha256(password...), or h.update(password) on
    an object made by a fast hash constructor; None for anything else, and for usedforsecurity=False."""
    name = ctx.qualname(call.func)
    if name in HASH_CONSTRUCTORS:
        if keyword_is(call, "usedforsecurity", False) or _range_query(ctx):
            return None
        data = _data(call, name)
        if data is None or not is_password(data, ctx):
            return None
        kept = _assigned_to(call, ctx)  # hasher = sha1(password); hasher.update(salt)
        return PasswordHash(name, _other_part(data, ctx) or (kept is not None and _updated_with_more(kept, ctx)))
    func = call.func
    if not (isinstance(func, cst.Attribute) and func.attr.value == "update" and isinstance(func.value, cst.Name)):
        return None
    given = arg(call, None, 0)
    if given is None or not is_password(given.value, ctx):
        return None
    made = bound_value(ctx, func.value.value)
    if not isinstance(made, cst.Call):
        return None
    maker = ctx.qualname(made.func)
    if maker is None or maker not in HASH_CONSTRUCTORS or keyword_is(made, "usedforsecurity", False):
        return None
    first = _data(made, maker)
    salted = _other_part(given.value, ctx) or (first is not None and not is_password(first, ctx))
    salted = salted or _updated_with_more(func.value.value, ctx)
    return PasswordHash(f"{maker}().update", salted)


RANGE_PREFIX = 8  # hex digits of a digest short enough to be shared: 5 for a k-anonymity range query


def _range_query(ctx: Context) -> bool:
    """The hash's digest (through .hexdigest().upper()...) is bound to a name that the function only slices,
    one slice a short prefix (digest[:5]): a k-anonymity lookup of the password in a breach list sends five
    hex digits and compares the rest locally; the whole digest is neither stored nor sent."""
    chain = ctx.ancestors
    i = len(chain) - 1
    while i >= 1 and isinstance(chain[i], cst.Attribute) and isinstance(chain[i - 1], cst.Call):
        i -= 2
    statement = chain[i] if i >= 0 else None
    if isinstance(statement, cst.Subscript) and i + 1 < len(chain) and statement.value is chain[i + 1]:
        # hashlib.sha1(password).hexdigest().upper()[:5]: only the prefix leaves the expression
        return len(statement.slice) == 1 and _short_prefix(statement.slice[0].slice)
    if not (isinstance(statement, cst.Assign) and len(statement.targets) == 1 and ctx.function is not None):
        return False
    target = statement.targets[0].target
    if not isinstance(target, cst.Name):
        return False
    uses = sum(1 for n in iter_nodes(ctx.function, cst.Name) if n.value == target.value) - 1
    slices = [
        n.slice[0].slice
        for n in iter_nodes(ctx.function, cst.Subscript)
        if isinstance(n.value, cst.Name) and n.value.value == target.value and len(n.slice) == 1
    ]
    if uses < 1 or len(slices) != uses or not all(isinstance(s, cst.Slice) for s in slices):
        return False
    return any(_short_prefix(s) for s in slices)


def _short_prefix(index: cst.BaseSlice) -> bool:
    """digest[:5]: a slice from the start of at most RANGE_PREFIX hex digits."""
    return (
        isinstance(index, cst.Slice)
        and index.lower is None
        and isinstance(index.upper, cst.Integer)
        and int(index.upper.value) <= RANGE_PREFIX
    )


def _data(call: cst.Call, name: str) -> cst.BaseExpression | None:
    found = arg(call, "data", 1 if name == "hashlib.new" else 0) or arg(call, "string")
    return found.value if found is not None else None


def _unwrapped(expr: cst.BaseExpression) -> cst.BaseExpression:
    """password for password.encode(), bytes(password, "utf-8"), str(password).strip()."""
    if isinstance(expr, cst.Call):
        func = expr.func
        if isinstance(func, cst.Attribute) and func.attr.value in _WRAPPERS:
            return func.value
        if isinstance(func, cst.Name) and func.value in ("bytes", "str", "bytearray") and expr.args:
            return expr.args[0].value
    return expr


def _other_part(expr: cst.BaseExpression, ctx: Context) -> bool:
    """Whether the hashed value has a part besides the password that is not a constant: a salt."""
    while (inner := _unwrapped(expr)) is not expr:
        expr = inner
    parts = string_parts(expr)
    if parts is None and isinstance(expr, cst.BinaryOperation) and isinstance(expr.operator, cst.Add):
        parts = [expr.left, expr.right]
    if parts is None:
        return False
    return any((not is_password(p, ctx) and not is_constant(p)) or _other_part(p, ctx) for p in parts)


def _assigned_to(call: cst.Call, ctx: Context) -> str | None:
    """The name the call's result is assigned to (`hasher = hashlib.sha1(...)`), if that is all the
    statement does."""
    parent = ctx.ancestors[-1] if ctx.ancestors else None
    if isinstance(parent, cst.Assign) and parent.value is call and len(parent.targets) == 1:
        target = parent.targets[0].target
        return target.value if isinstance(target, cst.Name) else None
    return None


def _updated_with_more(hasher: str, ctx: Context) -> bool:
    """hasher.update(salt) next to hasher.update(password) in the same function."""
    return any(
        isinstance(call.func, cst.Attribute)
        and call.func.attr.value == "update"
        and isinstance(call.func.value, cst.Name)
        and call.func.value.value == hasher
        and call.args
        and not is_password(call.args[0].value, ctx)
        for call in iter_nodes(ctx.function or ctx.module, cst.Call)
    )
