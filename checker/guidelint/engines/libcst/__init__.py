"""The libcst engine: the company's own Python rules (`python/*.py` of a pack), written against
`guidelint.cst`, run in one batched walk per file."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from guidelint.engines.protocol import Engine, ExampleResults

if TYPE_CHECKING:
    from guidelint.engines.taint.models import Models
    from guidelint.packfiles import PackRule


ENGINE = "libcst"


class Libcst(Engine):
    name = ENGINE
    folder = "python"
    rank = 0
    distributions: tuple[str, ...] = ("libcst",)

    def load(self, pack: str, root: Path) -> list[PackRule]:
        """libcst rules, from the metadata cache when the modules are unchanged (see `loader`)."""
        from guidelint.engines.libcst import loader
        from guidelint.engines.libcst.shapes import Shape
        from guidelint.model import RuleMeta
        from guidelint.packfiles import PackError, PackRule

        base = root / self.folder
        paths = [p for p in sorted(base.rglob("*.py")) if not p.name.startswith("_")] if base.is_dir() else []
        if not paths:
            return []
        digest = loader.files_digest(paths)
        entries = loader.read_cache(digest)
        loaded: dict[tuple[str, str], Any] = {}
        if entries is None:
            entries = []
            for path in paths:
                try:
                    classes = loader.import_rules(pack, base, path)
                except loader.RuleLoadError as exc:
                    raise PackError(f"pack {pack}: {exc}") from None
                for cls in classes:
                    meta = getattr(cls, "meta", None)
                    if not isinstance(meta, RuleMeta):
                        raise PackError(f"pack {pack}: {path}: {cls.__name__} has no `meta = RuleMeta.of(...)`")
                    if not cls.calls and not cls.nodes:
                        raise PackError(f"pack {pack}: {path}: {meta.id} sets neither `calls` nor `nodes`")
                    if cls.shape is not None and not isinstance(cls.shape, Shape):
                        raise PackError(f"pack {pack}: {path}: {meta.id}: `shape` is not a `Shape(...)`")
                    loaded[(str(path), cls.__name__)] = cls
                    entries.append(loader.describe(cls, path))
            loader.write_cache(digest, entries)
        rules = []
        for entry in entries:
            impl = loader.lazy_rule(entry, pack, base, loaded)
            rules.append(
                PackRule(impl.meta, self.name, Path(entry["path"]), loader.examples(entry), impl, entry["fixed"])
            )
        return rules

    def run_examples(self, rules: Sequence[PackRule], models: Models) -> ExampleResults:
        from guidelint.engines.libcst.engine import CstEngine

        return {
            (rule.meta.id, example.kind): CstEngine([rule.impl], models=models).check("example.py", example.code)
            for rule in rules
            for example in rule.examples
        }

    def validate(self, rule: PackRule, models: Models) -> list[str]:
        return [] if rule.impl.prefilter() else ["has no needles: every Python file would be parsed for it"]

    def options(self, rule: PackRule) -> dict[str, Any]:
        return dict(getattr(rule.impl.load(), "options", {}))

    def scaffold(self, rule_id: str, slug: str, values: dict[str, Any], language: str, bandit: str) -> tuple[str, str]:
        from guidelint.scaffold import LIBCST

        class_name = "".join(w.capitalize() for w in slug.split("_")) or "NewRule"
        text = LIBCST.format(**values, class_name=class_name, call="module.function", module="module")
        return f"{self.folder}/{rule_id.lower()}_{slug}.py", text


LIBCST = Libcst()
