"""Pack specs of `guidelint impact --old/--new`: resolve them to pack directories, and ship those to workers.

A spec is `builtin`, a pack directory, an installed pack name with an optional version requirement
(`acme-csirt==1.2.0`), or a revision of a pack repository, `git:PATH@REV` (materialised with
`git archive`, no network). Workers may run on other machines, so a pack travels to them as a tar archive
and is unpacked once per machine, keyed by its content.
"""

from __future__ import annotations

import hashlib
import io
import os
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

from guidelint.pack import MANIFEST, Pack, PackError, builtin_pack_dir, installed_pack_dirs, load_pack


@dataclass(frozen=True)
class ShippedPack:
    """A pack as sent to workers: its name and version, and its files as a tar archive."""

    spec: str
    name: str
    version: str
    digest: str
    archive: bytes

    def unpack(self) -> Path:
        """The pack directory on this machine (unpacked on first use; safe against concurrent workers)."""
        base = Path(tempfile.gettempdir()) / "guidelint-impact-packs"
        target = base / self.digest
        if not (target / MANIFEST).is_file():
            base.mkdir(parents=True, exist_ok=True)
            scratch = Path(tempfile.mkdtemp(dir=base, prefix=".unpack-"))
            with tarfile.open(fileobj=io.BytesIO(self.archive)) as tar:
                tar.extractall(scratch, filter="data")
            try:
                os.replace(scratch, target)
            except OSError:  # another worker unpacked the same pack first
                if not (target / MANIFEST).is_file():
                    raise
        return target


def resolve(spec: str, scratch: Path) -> Pack:
    """Load the pack a spec names; `scratch` holds git revisions materialised on the way."""
    if spec == "builtin":
        return load_pack(builtin_pack_dir())
    if spec.startswith("git:"):
        return load_pack(_from_git(spec, scratch))
    path = Path(spec).expanduser()
    if path.is_dir():
        return load_pack(path.resolve())
    return _installed(spec)


def ship(spec: str, pack: Pack) -> ShippedPack:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as tar:
        for path in sorted(pack.root.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                tar.add(path, arcname=path.relative_to(pack.root).as_posix(), recursive=False)
    data = buffer.getvalue()
    return ShippedPack(spec, pack.name, pack.version, hashlib.sha256(data).hexdigest()[:32], data)


def _from_git(spec: str, scratch: Path) -> Path:
    location, sep, rev = spec.removeprefix("git:").rpartition("@")
    if not sep or not location or not rev:
        raise PackError(f"pack spec {spec!r}: expected git:PATH@REV (a pack repository and a revision)")
    repo = Path(location).expanduser().resolve()
    if not repo.is_dir():
        raise PackError(f"pack spec {spec!r}: {repo} is not a directory")
    target = Path(tempfile.mkdtemp(dir=scratch, prefix="git-pack-"))
    archive = subprocess.run(["git", "-C", str(repo), "archive", "--format=tar", rev], capture_output=True)
    if archive.returncode != 0:
        reason = archive.stderr.decode(errors="replace").strip().splitlines()
        raise PackError(f"pack spec {spec!r}: git archive failed: {reason[-1] if reason else archive.returncode}")
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(target, filter="data")
    manifests = sorted(p.parent for p in [*target.glob(MANIFEST), *target.glob(f"*/{MANIFEST}")])
    if len(manifests) != 1:
        found = ", ".join(str(m.relative_to(target)) for m in manifests) or "none"
        raise PackError(f"pack spec {spec!r}: expected one {MANIFEST} at the top or one level down (found: {found})")
    return manifests[0]


def _installed(spec: str) -> Pack:
    from packaging.requirements import InvalidRequirement, Requirement

    try:
        wanted = Requirement(spec)
    except InvalidRequirement:
        raise PackError(
            f"pack spec {spec!r}: not `builtin`, a directory, an installed pack (name==version) or git:PATH@REV"
        ) from None
    for entry_name, root in installed_pack_dirs().items():
        pack = load_pack(root)
        if wanted.name in (entry_name, pack.name):
            if wanted.specifier and not wanted.specifier.contains(pack.version, prereleases=True):
                raise PackError(f"pack spec {spec!r}: installed {pack.name} is {pack.version}")
            return pack
    raise PackError(f"pack spec {spec!r}: no installed pack named {wanted.name}")
