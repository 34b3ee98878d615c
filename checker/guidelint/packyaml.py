"""A pack's YAML files (rules, taint models, knowledge), parsed once per content.

Importing PyYAML and parsing the built-in pack's YAML files took ~40 ms of every run, a tenth of a
commit's check. While a pack loads (`reading(root)`), its YAML documents come from one JSON file in the
user's cache directory (`$XDG_CACHE_HOME/guidelint/pack-yaml/`, never the scanned tree), named by a hash
of the guidelint version and of every `*.yaml` file of the pack (path and content): a changed file gives
another name, so it is parsed again. The entry is data only (JSON, no objects are built from it); one that
does not read, or names another digest, is parsed again and rewritten. A document JSON cannot hold exactly
(a date, a key that is not a string) is not stored: it is parsed from its YAML every time.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from guidelint import __version__
from guidelint.cache import prune, user_cache, write_json

FORMAT = 1


class YamlError(Exception):
    """A file that is not valid YAML (the message is the parser's)."""


def parse_yaml(text: str) -> Any:
    import yaml

    try:
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        raise YamlError(str(exc)) from None


def cache_dir() -> Path:
    return user_cache("pack-yaml")


class _PackYaml:
    """The YAML documents of one pack root: those of the cache entry, and those parsed since."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.digest = _digest(root)
        self.documents = _read_entry(self.digest) if self.digest else {}
        self.stored = bool(self.documents)
        self.parsed: dict[str, Any] = {}

    def load(self, path: Path) -> Any:
        rel = path.relative_to(self.root).as_posix()
        if rel in self.documents:
            return self.documents.pop(rel)  # each document is handed out once: the caller may change it
        data = parse_yaml(path.read_text(encoding="utf-8"))
        copy = json.loads(json.dumps(data)) if _json_safe(data) else None
        if copy is not None and _same(copy, data):
            self.parsed[rel] = copy
        return data

    def save(self) -> None:
        """Store the documents parsed during this load (when no entry was read); a cache that cannot be
        written only costs speed."""
        if not self.digest or self.stored or not self.parsed:
            return
        write_json(
            cache_dir() / f"{self.digest}.json", {"format": FORMAT, "digest": self.digest, "documents": self.parsed}
        )
        prune(cache_dir())


_OPEN: dict[Path, _PackYaml] = {}


@contextmanager
def reading(root: Path) -> Iterator[None]:
    """While a pack at `root` loads, `read_yaml` serves its files from the cache entry of its content."""
    files = _OPEN[root] = _PackYaml(root)
    try:
        yield
        files.save()
    finally:
        _OPEN.pop(root, None)


def read_yaml(path: Path) -> Any:
    """The document of a YAML file. Raises OSError, UnicodeDecodeError or YamlError as reading it would."""
    for root, files in _OPEN.items():
        if path.is_relative_to(root):
            return files.load(path)
    return parse_yaml(path.read_text(encoding="utf-8"))


def _digest(root: Path) -> str:
    """Hash of the guidelint version and of every YAML file's path and content ("" if one cannot be read)."""
    h = hashlib.sha256(f"{FORMAT}:{__version__}".encode())
    try:
        for path in sorted(root.rglob("*.yaml")):
            h.update(path.relative_to(root).as_posix().encode() + b"\0")
            h.update(path.read_bytes() + b"\0")
    except OSError:
        return ""
    return h.hexdigest()


def _read_entry(digest: str) -> dict[str, Any]:
    try:
        data = json.loads((cache_dir() / f"{digest}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("digest") != digest:
        return {}
    documents = data.get("documents")
    return documents if isinstance(documents, dict) else {}


def _json_safe(data: Any) -> bool:
    if isinstance(data, dict):
        return all(type(k) is str and _json_safe(v) for k, v in data.items())
    if isinstance(data, list):
        return all(_json_safe(v) for v in data)
    return data is None or type(data) in (str, int, bool) or (type(data) is float and math.isfinite(data))


def _same(a: Any, b: Any) -> bool:
    """Equal and of the same types throughout (1, 1.0 and True are equal, and not the same document)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)
