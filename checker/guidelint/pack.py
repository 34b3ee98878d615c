"""Rule packs: a directory with a manifest (pack.toml), the clauses it implements and rules per engine.

Layout of a pack directory:
    pack.toml        [pack] name, version, requires-guidelint, description
    clauses.toml     [[clause]] id, area, title, requirement, why   (optional for packs that only add rules)
    python/**.py     libcst rules: modules defining `guidelint.cst.Rule` subclasses
    semgrep/**.yaml  semgrep rules: one rule per file (semgrep's own keys), our `metadata:` and `examples:`
    bandit/**.yaml   bandit checks mapped to pack rules: `bandit:` test id, `needles:`, `metadata:`,
                     `examples:`
    taint/**.yaml    dataflow rules (source kinds, sink kinds); taint/models/*.yaml what the kinds are
    knowledge/*.yaml facts about libraries and frameworks that rules share (guidelint.knowledge)

Each engine loads its own folder (guidelint.engines); this module reads what is common to all.

Every rule carries its metadata and its examples, which are its tests (`guidelint rules test`).
"""

from __future__ import annotations

import functools
import hashlib
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from guidelint import knowledge, versions
from guidelint.config import Config, PackSpec
from guidelint.engines.taint.modelfile import ModelError, parse_model
from guidelint.engines.taint.models import Models
from guidelint.knowledge import Knowledge, KnowledgeError, load_dir
from guidelint.model import Clause
from guidelint.packfiles import MANIFEST as MANIFEST
from guidelint.packfiles import PackError as PackError  # re-exported: what every pack user catches
from guidelint.packfiles import PackRule as PackRule
from guidelint.packfiles import builtin_pack_dir as builtin_pack_dir
from guidelint.packyaml import YamlError, read_yaml, reading
from guidelint.tomlcompat import tomllib


@dataclass
class Pack:
    """A loaded pack: its manifest, clauses, rules, taint models and knowledge."""

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


ENTRY_POINT_GROUP = "guidelint.packs"


def installed_pack_dirs() -> dict[str, Path]:
    """Packs installed as distributions: entry point `guidelint.packs` naming a package that holds pack.toml."""
    return dict(_installed_pack_dirs())


@functools.lru_cache(maxsize=1)
def _installed_pack_dirs() -> tuple[tuple[str, Path], ...]:
    """Read once per process: a scan asks twice (the policy an installed pack ships, then the packs), and
    every distribution's entry points are read each time."""
    if not _may_declare_packs():
        return ()
    import importlib.metadata
    import importlib.util

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
    return tuple(found.items())


_GROUP_BYTES = ENTRY_POINT_GROUP.encode()
_METADATA_DIRS = (".dist-info", ".egg-info")


def _may_declare_packs() -> bool:
    """False only when no distribution importlib.metadata can find declares a `guidelint.packs` entry point:
    every sys.path entry is a directory (or absent), and none of the entry_points.txt files of its
    `*.dist-info` / `*.egg-info` folders holds the group's name. Anything else (a zip or `.egg` path entry, a
    file that cannot be read, another finder that lists distributions) answers True, and the caller asks
    importlib.metadata itself. Importing it and reading every distribution's entry points costs a commit
    about 20 ms; the folders are listed and their entry_points.txt read in about 1 ms."""
    from importlib.machinery import PathFinder

    if any(getattr(f, "find_distributions", None) is not None and f is not PathFinder for f in sys.meta_path):
        return True
    for entry in sys.path:
        if not isinstance(entry, str) or os.path.basename(entry).lower().endswith(".egg"):
            return True
        root = entry or "."
        try:
            children = os.listdir(root)
        except FileNotFoundError:
            continue  # importlib.metadata finds nothing there either
        except OSError:
            return True  # a zip file, or a folder it may read otherwise
        for child in children:
            if not child.lower().endswith(_METADATA_DIRS):
                continue
            try:
                with open(os.path.join(root, child, "entry_points.txt"), "rb") as handle:
                    if _GROUP_BYTES in handle.read():
                        return True
            except (FileNotFoundError, NotADirectoryError):
                continue
            except OSError:
                return True
    return False


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
        met = versions.satisfies(pack.version, spec.version)
    except ValueError:
        raise PackError(f"pack {pack.name}: invalid version requirement {spec.version!r}") from None
    if not met:
        raise PackError(f"pack {pack.name} {pack.version} does not satisfy the configured version {spec.version}")


def _check_requires(pack: Pack, manifest_path: Path) -> None:
    from guidelint import __version__

    if not versions.valid(pack.version):
        raise PackError(f"{manifest_path}: version {pack.version!r} is not a valid version")
    if not pack.requires:
        return
    try:
        met = versions.satisfies(__version__, pack.requires)
    except ValueError:
        raise PackError(f"{manifest_path}: requires-guidelint {pack.requires!r} is not a version requirement") from None
    if not met:
        raise PackError(f"pack {pack.name} {pack.version} requires guidelint {pack.requires}; this is {__version__}")


def load_pack(root: Path) -> Pack:
    """Load a pack directory; any rule that does not load makes the whole pack fail (fail closed)."""
    with reading(root):  # its YAML files from the cache entry of their content (guidelint.packyaml)
        return _load_pack(root)


def _load_pack(root: Path) -> Pack:
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
    from guidelint.engines import engines

    for engine in engines():
        pack.rules.extend(engine.load(pack.name, pack.root))
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


def _load_models(pack: Pack) -> Models:
    models = Models()
    base = pack.root / "taint" / "models"
    for path in sorted(base.glob("*.yaml")) if base.is_dir() else []:
        try:
            parse_model(read_yaml(path), path, models)
        except (OSError, UnicodeDecodeError, YamlError, ModelError) as exc:
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
        merged.propagation.merge(pack.models.propagation)
    return merged
