"""The parts of a pack every engine reads the same way: a rule as loaded, its examples, YAML rule files."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from guidelint.model import Example, RuleDoc, RuleMeta
from guidelint.rulehelp import EXPECT_MARK
from guidelint.sourcelines import lines_of

MANIFEST = "pack.toml"


class PackError(Exception):
    """A pack that cannot be used; the message names the pack and the file."""


def builtin_pack_dir() -> Path:
    """The built-in pack: shipped inside the wheel, or `rules/` of a source checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "_pack", here.parent.parent / "rules"):
        if (candidate / MANIFEST).is_file():
            return candidate
    raise PackError(f"the built-in rule pack is missing (looked in {here / '_pack'} and the checkout's rules/)")


@dataclass
class PackRule:
    """A rule as loaded from a pack, whatever its engine."""

    meta: RuleMeta
    engine: str
    source: Path
    examples: list[Example]
    impl: Any = None  # engine-specific: a libcst Rule instance, a semgrep rule dict, a BanditCheck
    fixed: str | None = None

    @property
    def doc(self) -> RuleDoc:
        return RuleDoc(self.meta, self.engine, tuple(self.examples), self.fixed)


def data_rules(
    pack: str, root: Path, folder: str, python: bool, exclude: str = ""
) -> Iterator[tuple[Path, dict[str, Any], RuleMeta, list[Example]]]:
    """The rules a pack writes as YAML data in `folder`, one per file: (path, the mapping, its metadata, its
    examples, checked as Python files when `python`). Files under a subfolder named `exclude` are not rules."""
    from guidelint.packyaml import YamlError, read_yaml

    base = root / folder
    for path in sorted(base.rglob("*.yaml")) if base.is_dir() else []:
        if exclude and exclude in path.relative_to(base).parts:
            continue
        where = f"pack {pack}: {path}"
        try:
            data = read_yaml(path)
        except (OSError, UnicodeDecodeError, YamlError) as exc:
            raise PackError(f"{where}: does not load: {exc}") from None
        if not isinstance(data, dict) or not isinstance(data.get("id"), str):
            raise PackError(f"{where}: expected one rule (a mapping with an `id`)")
        metadata = data.get("metadata")
        if not isinstance(metadata, dict):
            raise PackError(f"{where}: {data['id']} has no `metadata:` mapping")
        try:
            meta = RuleMeta.of(id=data["id"], message=str(data.get("message", "")).strip(), **metadata)
        except (ValueError, TypeError) as exc:
            raise PackError(f"{where}: {exc}") from None
        yield path, data, meta, _data_examples(data.get("examples"), f"{path}", python)


def _data_examples(value: Any, source: str, python: bool) -> list[Example]:
    if not isinstance(value, dict):
        raise PackError(f"{source}: needs `examples:` with `flagged:` and `safe:`")
    out = []
    for kind in ("flagged", "safe"):
        entry = value.get(kind)
        if entry is None:
            continue
        if not isinstance(entry, dict) or not isinstance(entry.get("code"), str):
            raise PackError(f"{source}: examples.{kind} needs `code:` (and, for semgrep, `file:`)")
        filename = str(entry.get("file") or ("example.py" if python else ""))
        if not filename:
            raise PackError(f"{source}: examples.{kind} needs `file:` (the name decides the language)")
        language = "python" if python else ""
        example = parse_example(kind, language, entry["code"], f"{source}:{kind}")
        out.append(replace(example, filename=filename))
    return out


_BLANK_LINE = re.compile(r"^[ \t]+$", re.MULTILINE)  # what textwrap.dedent empties before it measures indents


def dedent(code: str) -> str:
    """`textwrap.dedent(code)` without its leading newlines. Code whose first character is not a space, a tab
    or a newline has no common margin: dedent would only empty its lines of spaces and tabs, so only that is
    done, without dedent's search for every line's indent (examples written as YAML block scalars are at
    column 0 already; loading the built-in pack dedents 168 of them on every scan)."""
    if code[:1] not in ("", " ", "\t", "\n"):
        return _BLANK_LINE.sub("", code).lstrip("\n")
    return textwrap.dedent(code).lstrip("\n")


def parse_example(kind: str, language: str, code: str, source: str) -> Example:
    """An example; lines ending in an `expect` comment are the ones the rule must report."""
    text = dedent(code)
    expected = (
        tuple(i for i, line in enumerate(lines_of(language, text), 1) if "expect" in line and EXPECT_MARK.search(line))
        if "expect" in text  # every match of EXPECT_MARK holds the word: most examples' lines need no search
        else ()
    )
    if kind == "safe" and expected:
        raise PackError(f"{source}: a safe example must not mark lines with `expect`")
    return Example(kind, language, text, expected, source)
