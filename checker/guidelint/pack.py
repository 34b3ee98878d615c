"""Rule packs: a directory with a manifest (pack.toml), the clauses it implements and rules per engine.

Layout of a pack directory:
    pack.toml        [pack] name, version, requires-guidelint, description
    clauses.toml     [[clause]] id, area, title, requirement, why   (optional for packs that only add rules)
    python/**.py     libcst rules: modules defining `guidelint.cst.Rule` subclasses
    semgrep/**.yaml  semgrep rules: one rule per file (semgrep's own keys), our `metadata:` and `examples:`
    bandit/**.yaml   bandit checks mapped to pack rules: `bandit:` test id, `needles:`, `metadata:`,
                     `examples:`
    knowledge/*.yaml facts about libraries and frameworks that rules share (guidelint.knowledge)

Every rule carries its metadata and its examples, which are its tests (`guidelint rules test`).
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import re
import textwrap
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from guidelint import knowledge
from guidelint.config import Config, PackSpec
from guidelint.knowledge import Knowledge, KnowledgeError, load_dir
from guidelint.model import RuleMeta
from guidelint.taint.models import ModelError, Models, TaintRule, parse_model
from guidelint.tomlcompat import tomllib

MANIFEST = "pack.toml"
EXPECT_MARK = re.compile(r"(?:#|//|--|<!--)\s*expect\b")
_EXPECT_COMMENT = re.compile(r"[ \t]*(?:#|//|--|<!--)\s*expect\b.*$", re.MULTILINE)


def strip_marks(code: str) -> str:
    """Example code without its `expect` marker comments (as shown in docs and fed to fixes)."""
    return _EXPECT_COMMENT.sub("", code)


class PackError(Exception):
    """A pack that cannot be used; the message names the pack and the file."""


@dataclass(frozen=True)
class Clause:
    id: str
    area: str
    title: str
    requirement: str
    why: str


@dataclass(frozen=True)
class Example:
    """Code a rule must flag exactly on the `expect`-marked lines (or, for `safe`, nowhere)."""

    kind: str  # "flagged" | "safe"
    language: str
    code: str
    expected: tuple[int, ...]
    source: str  # where the example is written, for failure messages
    filename: str = ""  # the file name the example is checked as (decides the language for semgrep)


@dataclass
class PackRule:
    """A rule as loaded from a pack, whatever its engine."""

    meta: RuleMeta
    engine: str
    source: Path
    examples: list[Example]
    impl: Any = None  # engine-specific: a libcst Rule instance, a semgrep rule dict, a BanditCheck
    fixed: str | None = None


@dataclass
class Pack:
    name: str
    version: str
    requires: str
    description: str
    root: Path
    clauses: dict[str, Clause] = field(default_factory=dict)
    rules: list[PackRule] = field(default_factory=list)
    document: dict[str, str] = field(default_factory=dict)  # [document] title/introduction of clauses.toml
    models: Models = field(default_factory=Models)  # taint models (taint/models/*.yaml)
    knowledge: Knowledge = field(default_factory=Knowledge)  # knowledge/*.yaml

    def digest(self) -> str:
        """Hash of every file of the pack: part of the cache key."""
        h = hashlib.sha256()
        for path in sorted(self.root.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                h.update(path.relative_to(self.root).as_posix().encode())
                h.update(path.read_bytes())
        return h.hexdigest()


def builtin_pack_dir() -> Path:
    """The built-in pack: shipped inside the wheel, or `rules/` of a source checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "_pack", here.parent.parent / "rules"):
        if (candidate / MANIFEST).is_file():
            return candidate
    raise PackError(f"the built-in rule pack is missing (looked in {here / '_pack'} and the checkout's rules/)")


ENTRY_POINT_GROUP = "guidelint.packs"


def installed_pack_dirs() -> dict[str, Path]:
    """Packs installed as distributions: entry point `guidelint.packs` naming a package that holds pack.toml."""
    found: dict[str, Path] = {}
    for entry in importlib.metadata.entry_points(group=ENTRY_POINT_GROUP):
        try:
            spec = importlib.util.find_spec(entry.module)
        except (ImportError, ValueError) as exc:
            raise PackError(f"installed pack {entry.name} ({entry.value}) cannot be found: {exc}") from None
        locations = list(spec.submodule_search_locations or []) if spec else []
        if not locations:
            raise PackError(f"installed pack {entry.name}: {entry.value} is not a package holding {MANIFEST}")
        found[entry.name] = Path(locations[0])
    return found


def load_packs(config: Config, extra: list[Path]) -> list[Pack]:
    """The built-in pack, installed packs, packs from the configuration and the command line; then the
    configured version pins are checked (a missing pack or a version outside the pin is an error). Their
    merged knowledge becomes this process's (`guidelint.knowledge.active()`)."""
    roots: list[Path] = [builtin_pack_dir()] if config.builtin_pack else []
    if config.installed_packs:
        roots.extend(installed_pack_dirs().values())
    roots.extend(spec.path for spec in config.packs if spec.path is not None)
    roots.extend(Path(p).resolve() for p in extra)
    packs: list[Pack] = []
    seen: dict[Path, Pack] = {}
    for root in roots:
        resolved = root.resolve()
        if resolved in seen:
            continue
        pack = seen[resolved] = load_pack(resolved)
        twin = next((p for p in packs if p.name == pack.name), None)
        if twin is not None:
            raise PackError(f"pack {pack.name} is loaded twice ({twin.root} and {pack.root})")
        packs.append(pack)
    for spec in config.packs:
        _check_pin(spec, packs)
    knowledge.activate(knowledge.merged([p.knowledge for p in packs]))
    return packs


def _check_pin(spec: PackSpec, packs: list[Pack]) -> None:
    from packaging.specifiers import InvalidSpecifier, SpecifierSet

    if spec.path is not None:
        pack = next((p for p in packs if p.root == spec.path.resolve()), None)
    else:
        pack = next((p for p in packs if p.name == spec.name), None)
        if pack is None:
            installed = ", ".join(sorted(p.name for p in packs)) or "none"
            raise PackError(
                f"pack {spec.name} is required by the configuration but not installed (loaded: {installed})"
            )
    if pack is None or not spec.version:
        return
    try:
        wanted = SpecifierSet(spec.version)
    except InvalidSpecifier:
        raise PackError(f"pack {pack.name}: invalid version requirement {spec.version!r}") from None
    if not wanted.contains(pack.version, prereleases=True):
        raise PackError(f"pack {pack.name} {pack.version} does not satisfy the configured version {spec.version}")


def _check_requires(pack: Pack, manifest_path: Path) -> None:
    from packaging.specifiers import InvalidSpecifier, SpecifierSet
    from packaging.version import InvalidVersion, Version

    from guidelint import __version__

    try:
        Version(pack.version)
    except InvalidVersion:
        raise PackError(f"{manifest_path}: version {pack.version!r} is not a valid version") from None
    if not pack.requires:
        return
    try:
        wanted = SpecifierSet(pack.requires)
    except InvalidSpecifier:
        raise PackError(f"{manifest_path}: requires-guidelint {pack.requires!r} is not a version requirement") from None
    if not wanted.contains(__version__, prereleases=True):
        raise PackError(f"pack {pack.name} {pack.version} requires guidelint {pack.requires}; this is {__version__}")


def load_pack(root: Path) -> Pack:
    """Load a pack directory; any rule that does not load makes the whole pack fail (fail closed)."""
    manifest_path = root / MANIFEST
    if not manifest_path.is_file():
        raise PackError(f"{root}: not a rule pack (no {MANIFEST})")
    manifest = _read_toml(manifest_path)
    info = manifest.get("pack")
    if not isinstance(info, dict):
        raise PackError(f"{manifest_path}: missing [pack] table")
    missing = [k for k in ("name", "version") if not isinstance(info.get(k), str)]
    if missing:
        raise PackError(f"{manifest_path}: [pack] needs {', '.join(missing)}")
    pack = Pack(
        name=info["name"],
        version=info["version"],
        requires=str(info.get("requires-guidelint", "")),
        description=str(info.get("description", "")),
        root=root,
    )
    _check_requires(pack, manifest_path)
    clauses_path = root / "clauses.toml"
    if clauses_path.is_file():
        clause_data = _read_toml(clauses_path)
        pack.document = {str(k): str(v) for k, v in clause_data.get("document", {}).items()}
        for entry in clause_data.get("clause", []):
            try:
                clause = Clause(**entry)
            except TypeError as exc:
                raise PackError(f"{clauses_path}: bad clause {entry.get('id', '?')}: {exc}") from None
            pack.clauses[clause.id] = clause
    pack.rules.extend(_load_cst_rules(pack))
    pack.rules.extend(_load_data_rules(pack, "semgrep"))
    pack.rules.extend(_load_data_rules(pack, "bandit"))
    pack.rules.extend(_load_data_rules(pack, "taint"))
    pack.models = _load_models(pack)
    try:
        pack.knowledge = load_dir(root / "knowledge")
    except KnowledgeError as exc:
        raise PackError(f"pack {pack.name}: knowledge file {exc}") from None
    ids: dict[str, Path] = {}
    for rule in pack.rules:
        if rule.meta.id in ids:
            raise PackError(f"{rule.source}: rule id {rule.meta.id} is also defined in {ids[rule.meta.id]}")
        ids[rule.meta.id] = rule.source
    return pack


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return dict(tomllib.loads(path.read_text(encoding="utf-8")))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise PackError(f"{path}: {exc}") from None


def _load_cst_rules(pack: Pack) -> list[PackRule]:
    """libcst rules, from the metadata cache when the modules are unchanged (see guidelint.pyrules)."""
    from guidelint import pyrules

    base = pack.root / "python"
    paths = [p for p in sorted(base.rglob("*.py")) if not p.name.startswith("_")] if base.is_dir() else []
    if not paths:
        return []
    digest = pyrules.files_digest(paths)
    entries = pyrules.read_cache(digest)
    loaded: dict[tuple[str, str], Any] = {}
    if entries is None:
        entries = []
        for path in paths:
            try:
                classes = pyrules.import_rules(pack.name, base, path)
            except pyrules.RuleLoadError as exc:
                raise PackError(f"pack {pack.name}: {exc}") from None
            for cls in classes:
                meta = getattr(cls, "meta", None)
                if not isinstance(meta, RuleMeta):
                    raise PackError(f"pack {pack.name}: {path}: {cls.__name__} has no `meta = RuleMeta.of(...)`")
                if not cls.calls and not cls.nodes:
                    raise PackError(f"pack {pack.name}: {path}: {meta.id} sets neither `calls` nor `nodes`")
                loaded[(str(path), cls.__name__)] = cls
                entries.append(pyrules.describe(cls, path))
        pyrules.write_cache(digest, entries)
    rules = []
    for entry in entries:
        path = Path(entry["path"])
        where = f"{path}:{entry['class']}"
        examples = [
            parse_example("flagged", "python", entry["flagged"], f"{where}.flagged"),
            parse_example("safe", "python", entry["safe"], f"{where}.safe"),
        ]
        fixed = _dedent(entry["fixed"]) if entry["fixed"] is not None else None
        impl = pyrules.lazy_rule(entry, pack.name, base, loaded)
        rules.append(PackRule(impl.meta, "libcst", path, [e for e in examples if e.code], impl, fixed))
    return rules


@dataclass(frozen=True)
class BanditCheck:
    """A bandit test enabled by a pack rule, with the substrings a file needs for it to apply."""

    test_id: str
    needles: tuple[str, ...]
    also: tuple[str, ...] = ()  # when given, one of these must occur too

    def wanted(self, text: str) -> bool:
        return any(n in text for n in self.needles) and (not self.also or any(n in text for n in self.also))


_PATTERN_KEYS = ("pattern", "patterns", "pattern-either", "pattern-regex", "match", "taint", "mode")
_BANDIT_KEYS = {"id", "bandit", "needles", "also", "message", "metadata", "examples"}
_TAINT_KEYS = {"id", "sources", "sinks", "message", "metadata", "examples", "report-at"}
_BANDIT_ID = re.compile(r"^B[0-9]{3}$")


def _load_data_rules(pack: Pack, engine: str) -> list[PackRule]:
    """Rules written as YAML data (semgrep rules, bandit mappings), one per file."""
    import yaml

    base = pack.root / engine
    loaded = []
    for path in sorted(base.rglob("*.yaml")) if base.is_dir() else []:
        if engine == "taint" and "models" in path.relative_to(base).parts:
            continue
        where = f"pack {pack.name}: {path}"
        try:
            data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
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
        examples = _data_examples(data.get("examples"), f"{path}", engine)
        if engine == "semgrep":
            impl: Any = {k: v for k, v in data.items() if k not in ("metadata", "examples")}
            if not isinstance(data.get("languages"), list) or not any(k in data for k in _PATTERN_KEYS):
                raise PackError(f"{where}: {meta.id} needs `languages:` and a pattern (semgrep rule syntax)")
        elif engine == "taint":
            unknown = set(data) - _TAINT_KEYS
            sources, sinks = data.get("sources"), data.get("sinks")
            if unknown or not _string_list(sources) or not _string_list(sinks):
                raise PackError(
                    f"{where}: {meta.id} needs `sources:` and `sinks:` (lists of kinds; unknown keys: "
                    f"{sorted(unknown)})"
                )
            report_at = data.get("report-at", "sink")
            if report_at not in ("sink", "source"):
                raise PackError(f"{where}: {meta.id}: `report-at:` is sink or source, not {report_at!r}")
            impl = TaintRule(
                meta.id, frozenset(sources or ()), frozenset(sinks or ()), meta.message, report_at == "source"
            )
        else:
            unknown = set(data) - _BANDIT_KEYS
            test_id = data.get("bandit")
            needles = data.get("needles")
            if unknown or not isinstance(test_id, str) or not _BANDIT_ID.match(test_id):
                raise PackError(f"{where}: {meta.id} needs `bandit: Bxxx` (unknown keys: {sorted(unknown)})")
            if not isinstance(needles, list) or not needles or not all(isinstance(n, str) for n in needles):
                raise PackError(f"{where}: {meta.id} needs `needles:`, substrings a file must contain for the check")
            also = data.get("also", [])
            if not isinstance(also, list) or not all(isinstance(n, str) for n in also):
                raise PackError(f"{where}: {meta.id}: `also:` is a list of substrings")
            impl = BanditCheck(test_id, tuple(needles), tuple(also))
        loaded.append(PackRule(meta, engine, path, examples, impl))
    return loaded


def _string_list(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, str) for v in value)


def _load_models(pack: Pack) -> Models:
    import yaml

    models = Models()
    base = pack.root / "taint" / "models"
    for path in sorted(base.glob("*.yaml")) if base.is_dir() else []:
        try:
            data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
            parse_model(data, path, models)
        except (OSError, UnicodeDecodeError, yaml.YAMLError, ModelError) as exc:
            raise PackError(f"pack {pack.name}: taint model {path} does not load: {exc}") from None
    return models


def merged_models(packs: list[Pack]) -> Models:
    """The taint models of every active pack, as one."""
    merged = Models()
    for pack in packs:
        merged.sources += pack.models.sources
        merged.sinks += pack.models.sinks
        merged.sanitizers += pack.models.sanitizers
        merged.needles |= pack.models.needles
        merged.files += pack.models.files
    return merged


def _data_examples(value: Any, source: str, engine: str) -> list[Example]:
    if not isinstance(value, dict):
        raise PackError(f"{source}: needs `examples:` with `flagged:` and `safe:`")
    out = []
    for kind in ("flagged", "safe"):
        entry = value.get(kind)
        if entry is None:
            continue
        if not isinstance(entry, dict) or not isinstance(entry.get("code"), str):
            raise PackError(f"{source}: examples.{kind} needs `code:` (and, for semgrep, `file:`)")
        filename = str(entry.get("file") or ("example.py" if engine in ("bandit", "taint") else ""))
        if not filename:
            raise PackError(f"{source}: examples.{kind} needs `file:` (the name decides the language)")
        language = "python" if engine in ("bandit", "taint") else ""
        example = parse_example(kind, language, entry["code"], f"{source}:{kind}")
        out.append(replace(example, filename=filename))
    return out


def _dedent(code: str) -> str:
    return textwrap.dedent(code).lstrip("\n")


def parse_example(kind: str, language: str, code: str, source: str) -> Example:
    """An example; lines ending in an `expect` comment are the ones the rule must report."""
    text = _dedent(code)
    expected = tuple(i for i, line in enumerate(text.splitlines(), 1) if EXPECT_MARK.search(line))
    if kind == "safe" and expected:
        raise PackError(f"{source}: a safe example must not mark lines with `expect`")
    return Example(kind, language, text, expected, source)
