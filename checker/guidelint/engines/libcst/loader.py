"""Loading a pack's libcst rule modules (`python/*.py`).

Importing the modules imports libcst (a fifth of a second), which a scan whose files are all cached never
needs. So what the scan needs without running a rule — metadata, needles, examples — is kept in a small
JSON file per pack content (in the user cache directory), and the module is imported only when a file
actually has to be checked with the rule (`LazyRule.load()`).
"""

from __future__ import annotations

import dataclasses
import hashlib
import importlib.util
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from guidelint import __version__
from guidelint.cache import prune, user_cache, write_json
from guidelint.engines.libcst.shapes import Shape
from guidelint.model import Example, RuleMeta

_IDENT = re.compile(r"\W")
FORMAT = 3


class RuleLoadError(Exception):
    """A rule module that does not load or does not define a usable rule."""


class LazyRule:
    """A libcst rule known by its metadata, needles and shape; the module is imported on first `load()`."""

    def __init__(
        self,
        meta: RuleMeta,
        needles: tuple[str | re.Pattern[str], ...],
        loader: Callable[[], Any],
        shape: Shape | None = None,
    ) -> None:
        self.meta = meta
        self.shape = shape
        self._needles = needles
        self._loader = loader
        self._rule: Any = None

    def prefilter(self) -> tuple[str | re.Pattern[str], ...]:
        return self._needles

    def load(self) -> Any:
        if self._rule is None:
            self._rule = self._loader()
        return self._rule


def cache_dir() -> Path:
    return user_cache("rule-metadata")


def module_name(pack_name: str, base: Path, path: Path) -> str:
    stem = _IDENT.sub("_", path.relative_to(base).with_suffix("").as_posix())
    return f"guidelint_pack_{_IDENT.sub('_', pack_name)}__{stem}"


def import_rules(pack_name: str, base: Path, path: Path) -> list[Any]:
    """The Rule subclasses a module defines (importing it)."""
    from guidelint.cst.api import Rule

    name = module_name(pack_name, base, path)
    try:
        spec = importlib.util.spec_from_file_location(name, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    except KeyboardInterrupt:
        raise
    except BaseException as exc:  # SystemExit at import is a rule module that does not load, not a pass
        sys.modules.pop(name, None)
        raise RuleLoadError(f"rule module {path} does not load: {type(exc).__name__}: {exc}") from None
    classes = [
        obj
        for obj in vars(module).values()
        if isinstance(obj, type) and issubclass(obj, Rule) and obj is not Rule and obj.__module__ == name
    ]
    if not classes:
        raise RuleLoadError(f"{path} defines no Rule subclass")
    return classes


def files_digest(paths: list[Path]) -> str:
    h = hashlib.sha256(f"{FORMAT}:{__version__}".encode())
    for path in paths:
        h.update(str(path).encode() + b"\0")
        h.update(path.read_bytes())
    return h.hexdigest()


def _needle_json(needle: str | re.Pattern[str]) -> Any:
    return needle if isinstance(needle, str) else {"re": needle.pattern, "flags": needle.flags}


def _needle(data: Any) -> str | re.Pattern[str]:
    return data if isinstance(data, str) else re.compile(data["re"], data["flags"])


def meta_json(meta: RuleMeta) -> dict[str, Any]:
    data = dataclasses.asdict(meta)
    data["severity"] = meta.severity.label
    data["confidence"] = meta.confidence.label
    data["blocks_from"] = meta.blocks_from.isoformat() if meta.blocks_from else None
    return data


def read_cache(digest: str) -> list[dict[str, Any]] | None:
    try:
        data = json.loads((cache_dir() / f"{digest}.json").read_text(encoding="utf-8"))
        if data.get("format") != FORMAT or not isinstance(data.get("rules"), list):
            return None
        return list(data["rules"])
    except (OSError, ValueError, AttributeError):
        return None


def write_cache(digest: str, rules: list[dict[str, Any]]) -> None:
    """Store the metadata; a cache that cannot be written only costs speed."""
    write_json(cache_dir() / f"{digest}.json", {"format": FORMAT, "rules": rules})
    prune(cache_dir())


def describe(cls: Any, path: Path) -> dict[str, Any]:
    """What the scan needs to know about a rule class without importing its module again; its examples as
    parsed (dedented, their `expect` lines found: ~4 ms of every run for the built-in pack's 128 otherwise).
    An example that is not valid raises PackError here, so nothing is cached for the pack."""
    from guidelint.packfiles import dedent, parse_example

    where = f"{path}:{cls.__name__}"
    examples = [parse_example(kind, "python", getattr(cls, kind), f"{where}.{kind}") for kind in ("flagged", "safe")]
    return {
        "path": str(path),
        "class": cls.__name__,
        "meta": meta_json(cls.meta),
        "needles": [_needle_json(n) for n in cls.prefilter()],
        "shape": cls.shape.to_json() if cls.shape is not None else None,
        "examples": [[e.kind, e.code, list(e.expected)] for e in examples if e.code],
        "fixed": dedent(cls.fixed) if cls.fixed is not None else None,
    }


def examples(entry: dict[str, Any]) -> list[Example]:
    """The examples of a rule's cached description."""
    where = f"{entry['path']}:{entry['class']}"
    return [Example(kind, "python", code, tuple(lines), f"{where}.{kind}") for kind, code, lines in entry["examples"]]


def lazy_rule(entry: dict[str, Any], pack_name: str, base: Path, loaded: dict[tuple[str, str], Any]) -> LazyRule:
    """A rule from its cached description; `loaded` holds classes this process has imported already."""
    path = Path(entry["path"])
    class_name = entry["class"]

    def load() -> Any:
        if (str(path), class_name) in loaded:
            return loaded[(str(path), class_name)]()
        for cls in import_rules(pack_name, base, path):
            if cls.__name__ == class_name:
                return cls()
        raise RuleLoadError(f"{path} no longer defines {class_name}")

    meta = RuleMeta.of(**entry["meta"])
    shape = Shape.from_json(entry["shape"]) if entry["shape"] is not None else None
    return LazyRule(meta, tuple(_needle(n) for n in entry["needles"]), load, shape)
