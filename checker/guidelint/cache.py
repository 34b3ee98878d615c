"""Content-hash cache of per-file engine results.

One JSON file per entry, named by sha256(scan context + path + content): concurrent runs never see a half
written entry (write to a temporary file, then rename), and an entry whose checksum does not match is
ignored and recomputed.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

LAYOUT = "v1"


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
        try:
            raw = self._path(key).read_bytes()
            entry = json.loads(raw)
            payload = entry["data"]
            if entry["sum"] != _checksum(payload):
                return None
            return payload
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, key: str, data: Any) -> None:
        """Store an entry; a cache that cannot be written only costs speed, never correctness."""
        try:
            self._prepare()
            target = self._path(key)
            target.parent.mkdir(parents=True, exist_ok=True)
            body = json.dumps({"sum": _checksum(data), "data": data}, separators=(",", ":"))
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as handle:
                    handle.write(body)
                os.replace(tmp, target)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError:
            return

    def _prepare(self) -> None:
        if self._ready:
            return
        self.directory.mkdir(parents=True, exist_ok=True)
        ignore = self.directory / ".gitignore"
        if not ignore.exists():
            ignore.write_text("# created by guidelint\n*\n", encoding="utf-8")
        tag = self.directory / "CACHEDIR.TAG"
        if not tag.exists():
            tag.write_text("Signature: 8a477f597d28d172789f06886806bc55\n# guidelint cache\n", encoding="utf-8")
        self._ready = True


def _checksum(data: Any) -> str:
    return hashlib.sha256(json.dumps(data, sort_keys=True, separators=(",", ":")).encode()).hexdigest()
