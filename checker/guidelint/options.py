"""Rule options in the configuration (`[options.RULE-ID]`): only rules that exist, only the options a rule
declares (`Rule.options`, name -> default), each of the kind its default has. Anything else is a
ConfigError naming the file and key, never an option that silently does nothing."""

from __future__ import annotations

from typing import Any

from guidelint.config import Config, ConfigError
from guidelint.engines import engine
from guidelint.engines.libcst.loader import RuleLoadError
from guidelint.pack import PackError, PackRule


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, (list, tuple, set, frozenset)):
        return "a list"
    return type(value).__name__


def _declared(rule: PackRule) -> dict[str, Any]:
    try:
        return engine(rule.engine).options(rule)
    except RuleLoadError as exc:
        raise PackError(str(exc)) from None


def check_options(config: Config, rules: dict[str, PackRule]) -> None:
    """Raise a ConfigError for the first configured option no rule declares, or of the wrong kind."""
    where = config.source or "configuration"
    for rule_id, values in config.options.items():
        rule = rules.get(rule_id)
        if rule is None:
            raise ConfigError(f"{where}: options.{rule_id}: no such rule")
        declared = _declared(rule)
        for name, value in values.items():
            if name not in declared:
                import difflib

                near = difflib.get_close_matches(name, list(declared), n=1)
                hint = f" (did you mean {near[0]!r}?)" if near else ""
                known = ", ".join(sorted(declared)) or "none"
                raise ConfigError(f"{where}: options.{rule_id}.{name}: unknown option{hint}; {rule_id} takes: {known}")
            wanted = _kind(declared[name])
            if _kind(value) != wanted:
                raise ConfigError(f"{where}: options.{rule_id}.{name}: expected {wanted}, got {value!r}")
