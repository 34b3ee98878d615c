"""Content-hash cache of per-file engine results.

The cache lives outside the scanned tree by default (the user cache directory, one folder per repository
path): a scanned repository is untrusted and must not be able to plant "no hits" entries. A cache directory
that git tracks is never read.

One file per entry, named by sha256(scan context + path + content), holding the sha256 of its JSON body, a
line break and the body: concurrent runs never see a half written entry (write to a temporary file, then
rename), and an entry whose checksum does not match its body (or of an older layout) is ignored and
recomputed.

Entries not written for `STALE_AFTER` are dropped (`prune`, at most once a day per cache folder): an entry
still in use is rebuilt once, and nothing grows without bound. `guidelint clean` removes a project's cache.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import re
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

LAYOUT = "v1"
ENV_DIR = "GUIDELINT_CACHE_DIR"
STALE_AFTER = 30 * 86400  # seconds: an entry not written for this long is dropped by `prune`
PRUNE_EVERY = 86400  # seconds between two prunings of one cache folder (the time is kept in a stamp file)
_STAMP = ".pruned"
_TAG = "Signature: 8a477f597d28d172789f06886806bc55\n# guidelint cache\n"
_IGNORE = "# created by guidelint\n*\n"
_ENTRY = re.compile(r"[0-9a-f]{64}\.json")  # every cache file is named by a sha256 digest


def default_directory(root: Path) -> Path:
    """`$GUIDELINT_CACHE_DIR`, else `$XDG_CACHE_HOME/guidelint/<hash of the root path>` (~/.cache by default)."""
    explicit = os.environ.get(ENV_DIR)
    if explicit:
        return Path(explicit).resolve()
    return user_cache(hashlib.sha256(str(root.resolve()).encode()).hexdigest()[:24])


def user_cache(name: str) -> Path:
    """`$XDG_CACHE_HOME/guidelint/<name>` (~/.cache by default): the user's, never the scanned tree."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "guidelint" / name


def write_json(target: Path, data: Any) -> None:
    """Write a cache file whole or not at all (a reader never sees half of it); a cache that cannot be
    written only costs speed, never correctness."""
    write_whole(target, json.dumps(data, separators=(",", ":")).encode())


def write_whole(target: Path, body: bytes) -> None:
    """`write_json`'s atomic write, of bytes."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(body)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        return


def tracked_by_git(directory: Path) -> bool:
    """Whether git tracks any file under `directory` (a cache committed to the repository); inside a work tree
    git cannot list (not installed, another user's checkout), whether it may."""
    probe = directory if directory.is_dir() else directory.parent
    while not probe.is_dir():
        probe = probe.parent
    try:
        listed = subprocess.run(
            ["git", "ls-files", "-z", "--", str(directory)], cwd=probe, capture_output=True, timeout=60
        )
    except (OSError, subprocess.SubprocessError):
        listed = None
    if listed is None or listed.returncode != 0:  # a committed cache cannot be ruled out inside a work tree
        return any((folder / ".git").exists() for folder in (probe, *probe.parents))
    return bool(listed.stdout)


@functools.lru_cache(maxsize=1)
def tool_digest() -> str:
    """A hash of the guidelint package's own source files: a changed build never reuses old results."""
    package = Path(__file__).resolve().parent
    h = hashlib.sha256()
    for path in sorted(package.rglob("*.py")):
        h.update(path.relative_to(package).as_posix().encode() + b"\0")
        h.update(path.read_bytes())
    return h.hexdigest()


class Cache:
    def __init__(self, directory: Path, context: str) -> None:
        self.directory = directory
        self.context = context
        self._ready = False

    def key(self, rel: str, content: bytes) -> str:
        h = hashlib.sha256(self.context.encode())
        h.update(b"\0" + rel.encode() + b"\0")
        h.update(content)
        return h.hexdigest()

    def _path(self, key: str) -> Path:
        return self.directory / LAYOUT / key[:2] / f"{key}.json"

    def get(self, key: str) -> Any | None:
        """The entry's data, or None when there is none or its checksum does not match its bytes."""
        try:
            checksum, _, body = self._path(key).read_bytes().partition(b"\n")
            if checksum != hashlib.sha256(body).hexdigest().encode():
                return None
            return json.loads(body)
        except (OSError, ValueError):
            return None

    def put(self, key: str, data: Any) -> None:
        """Store an entry; a cache that cannot be written only costs speed, never correctness."""
        try:
            self._prepare()
        except OSError:
            return
        body = json.dumps(data, separators=(",", ":")).encode()
        write_whole(self._path(key), hashlib.sha256(body).hexdigest().encode() + b"\n" + body)

    def _prepare(self) -> None:
        if self._ready:
            return
        self.directory.mkdir(parents=True, exist_ok=True)
        ignore = self.directory / ".gitignore"
        if not ignore.exists():
            ignore.write_text(_IGNORE, encoding="utf-8")
        tag = self.directory / "CACHEDIR.TAG"
        if not tag.exists():
            tag.write_text(_TAG, encoding="utf-8")
        self._ready = True

    def prune(self) -> None:
        prune(self.directory / LAYOUT)

    def clear(self) -> bool:
        """Remove this cache (`guidelint clean`): its entries and the files `_prepare` wrote, and the folders
        left empty. False when the folder is not a guidelint cache (no tag of ours). Only files guidelint
        writes are removed: a cache folder set to a place that holds anything else keeps it."""
        tag = self.directory / "CACHEDIR.TAG"
        try:
            if tag.read_text(encoding="utf-8") != _TAG:
                return False
        except OSError:
            return False
        layout = self.directory / LAYOUT
        for entry in _entries(layout):
            entry.unlink(missing_ok=True)
        (layout / _STAMP).unlink(missing_ok=True)
        for folder in sorted((p for p in layout.glob("*") if p.is_dir() and not p.is_symlink()), reverse=True):
            with contextlib.suppress(OSError):
                folder.rmdir()  # only when empty
        ignore = self.directory / ".gitignore"
        with contextlib.suppress(OSError):
            if ignore.read_text(encoding="utf-8") == _IGNORE:
                ignore.unlink()
        tag.unlink(missing_ok=True)
        for folder in (layout, self.directory):
            with contextlib.suppress(OSError):
                folder.rmdir()
        return True


def _entries(directory: Path) -> Iterator[Path]:
    """The cache entries under `directory`: regular files named by a sha256 digest, as `write_json`'s
    callers name them. Nothing else there is read, pruned or removed."""
    for path in directory.rglob("*.json"):
        if _ENTRY.fullmatch(path.name) and not path.is_symlink() and path.is_file():
            yield path


def prune(directory: Path, now: float | None = None) -> None:
    """Delete the entries under `directory` not written for `STALE_AFTER`, unless that was done less than
    `PRUNE_EVERY` ago; like writing, pruning that fails only costs disk space."""
    now = time.time() if now is None else now
    stamp = directory / _STAMP
    with contextlib.suppress(OSError):
        if now - stamp.stat().st_mtime < PRUNE_EVERY:
            return
    try:
        for entry in _entries(directory):
            if now - entry.stat().st_mtime > STALE_AFTER:
                entry.unlink(missing_ok=True)
        stamp.touch()
        os.utime(stamp, (now, now))
    except OSError:
        return
