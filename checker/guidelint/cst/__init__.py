"""The libcst engine and the API its rules are written against."""

from guidelint.cst.api import (
    NOT_CONSTANT,
    Context,
    Rule,
    arg,
    constant_value,
    decorator_names,
    dotted,
    has_star_args,
    is_constant,
    iter_calls,
    keyword_is,
    string_text,
)
from guidelint.model import RuleMeta

__all__ = [
    "NOT_CONSTANT",
    "Context",
    "Rule",
    "RuleMeta",
    "arg",
    "constant_value",
    "decorator_names",
    "dotted",
    "has_star_args",
    "is_constant",
    "iter_calls",
    "keyword_is",
    "string_text",
]
