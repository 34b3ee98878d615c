"""The dataflow engine: rules (`taint/*.yaml` of a pack) name source kinds and sink kinds; the models
(`taint/models/*.yaml`) say what those kinds are in each library and framework."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from guidelint.engines.protocol import Engine, ExampleResults

if TYPE_CHECKING:
    from pathlib import Path

    from guidelint.engines.taint.models import Models
    from guidelint.packfiles import PackRule

_KEYS = {"id", "sources", "sinks", "message", "metadata", "examples", "report-at", "unless-through"}


def _string_list(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, str) for v in value)


ENGINE = "taint"


class Taint(Engine):
    name = ENGINE
    folder = "taint"
    rank = 0
    distributions: tuple[str, ...] = ("libcst",)

    def load(self, pack: str, root: Path) -> list[PackRule]:
        from guidelint.engines.taint.models import TaintRule
        from guidelint.packfiles import PackError, PackRule, data_rules

        rules = []
        for path, data, meta, examples in data_rules(pack, root, self.folder, python=True, exclude="models"):
            where = f"pack {pack}: {path}"
            unknown = set(data) - _KEYS
            sources, sinks = data.get("sources"), data.get("sinks")
            if unknown or not _string_list(sources) or not _string_list(sinks):
                raise PackError(
                    f"{where}: {meta.id} needs `sources:` and `sinks:` (lists of kinds; unknown keys: "
                    f"{sorted(unknown)})"
                )
            report_at = data.get("report-at", "sink")
            if report_at not in ("sink", "source"):
                raise PackError(f"{where}: {meta.id}: `report-at:` is sink or source, not {report_at!r}")
            through = data.get("unless-through", [])
            if "unless-through" in data and not _string_list(through):
                raise PackError(f"{where}: {meta.id}: `unless-through:` is a list of location kinds")
            impl = TaintRule(
                meta.id,
                frozenset(sources or ()),
                frozenset(sinks or ()),
                meta.message,
                report_at == "source",
                frozenset(through or ()),
            )
            rules.append(PackRule(meta, self.name, path, examples, impl))
        return rules

    def run_examples(self, rules: Sequence[PackRule], models: Models) -> ExampleResults:
        from guidelint.engines.taint.engine import check_source

        return {
            (rule.meta.id, example.kind): check_source("example.py", example.code, [rule.impl], models)
            for rule in rules
            for example in rule.examples
        }

    def validate(self, rule: PackRule, models: Models) -> list[str]:
        from guidelint.engines.taint.tables import ENGINE_SINK_KINDS

        sources = {s.kind for s in models.sources}
        sinks = {s.kind for s in models.sinks} | ENGINE_SINK_KINDS
        locations = {s.kind for s in models.sources if s.location}
        return (
            _unknown("source", rule.impl.sources, sources)
            + _unknown("sink", rule.impl.sinks, sinks)
            + _unknown("location", rule.impl.unless_through, locations)
        )

    def scaffold(self, rule_id: str, slug: str, values: dict[str, Any], language: str, bandit: str) -> tuple[str, str]:
        from guidelint.scaffold import TAINT

        return f"{self.folder}/{rule_id.lower()}_{slug}.yaml", TAINT.format(**values)


def _unknown(what: str, kinds: frozenset[str], known: set[str]) -> list[str]:
    return [
        f"{what} kind {kind!r} is in no taint model (known: {', '.join(sorted(known))})"
        for kind in sorted(kinds - known)
    ]


TAINT = Taint()
