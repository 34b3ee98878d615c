"""Which files a scan checks: walk the given paths, honour .gitignore and configured excludes (also for
file names passed explicitly, as pre-commit does), and tell each file's language."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pathspec
from identify import identify

from guidelint.config import Config
from guidelint.model import Problem

DEFAULT_EXCLUDES = (
    ".git/",
    ".hg/",
    ".svn/",
    ".tox/",
    ".nox/",
    ".venv/",
    "venv/",
    ".eggs/",
    "__pycache__/",
    ".mypy_cache/",
    ".pytest_cache/",
    ".ruff_cache/",
    ".guidelint_cache/",
    "node_modules/",
    "__pypackages__/",
    "site-packages/",
)

# identify tag -> language name used by the engines
_LANGUAGES = {
    "python": "python",
    "javascript": "javascript",
    "jsx": "javascript",
    "ts": "typescript",
    "tsx": "typescript",
    "java": "java",
    "go": "go",
    "shell": "bash",
    "bash": "bash",
    "dockerfile": "dockerfile",
    "yaml": "yaml",
    "json": "json",
    "terraform": "terraform",
    "ini": "ini",
    "toml": "toml",
    "dotenv": "dotenv",
}
_SECRET_NAMES = (".env", ".netrc", ".pgpass", "credentials")


@dataclass(frozen=True)
class Target:
    """A file to check: absolute path, path as reported (relative to the project root) and language."""

    path: Path
    rel: str
    language: str


def language_of(path: Path) -> str | None:
    """Language by file name, then by shebang for executable files without an extension."""
    name = path.name
    if name.endswith(".pyi"):
        return None
    tags = identify.tags_from_filename(name)
    if not tags and (name in _SECRET_NAMES or name.startswith(".env.")):
        return "dotenv"
    if not tags and "." not in name and os.access(path, os.X_OK):
        try:
            tags = identify.tags_from_path(str(path))
        except ValueError:
            return None
    for tag in (
        "python",
        "javascript",
        "jsx",
        "ts",
        "tsx",
        "java",
        "go",
        "dockerfile",
        "terraform",
        "shell",
        "bash",
        "yaml",
        "json",
        "ini",
        "toml",
        "dotenv",
    ):
        if tag in tags:
            return _LANGUAGES[tag]
    return None


class Selector:
    """Decides whether a path is excluded: defaults, configured patterns and .gitignore files."""

    def __init__(self, config: Config) -> None:
        self.root = config.root
        self.configured = pathspec.GitIgnoreSpec.from_lines([*DEFAULT_EXCLUDES, *config.exclude])
        self.respect_gitignore = config.respect_gitignore
        self.git_root = _git_root(config.root)

    def excluded(self, path: Path, is_dir: bool) -> bool:
        rel = _relative(path, self.root)
        if rel is not None and rel != ".":
            if self.configured.match_file(rel + "/" if is_dir else rel):
                return True
        elif self.configured.match_file(path.name + "/" if is_dir else path.name):
            return True
        return self.respect_gitignore and self._gitignored(path, is_dir)

    def _gitignored(self, path: Path, is_dir: bool) -> bool:
        top = self.git_root or _git_root(path.parent)
        if top is None:
            return False
        rel_to_top = _relative(path, top)
        if rel_to_top is None or rel_to_top == ".":
            return False
        # An ignored parent directory ignores everything below it (git cannot re-include there).
        parts = rel_to_top.split("/")
        for depth in range(1, len(parts)):
            if self._decide(top, parts[:depth], True):
                return True
        return self._decide(top, parts, is_dir)

    def _decide(self, top: Path, parts: list[str], is_dir: bool) -> bool:
        """Deepest .gitignore with a matching pattern decides; within a file the last match wins."""
        for depth in range(len(parts) - 1, -1, -1):
            base = top.joinpath(*parts[:depth])
            spec = _gitignore(base, top)
            if spec is None:
                continue
            rel = "/".join(parts[depth:]) + ("/" if is_dir else "")
            result = spec.check_file(rel)
            if result.include is not None:
                return bool(result.include)
        return False


@lru_cache(maxsize=4096)
def _gitignore(directory: Path, top: Path) -> pathspec.GitIgnoreSpec | None:
    lines: list[str] = []
    for source in (
        directory / ".gitignore",
        *((top / ".git" / "info" / "exclude",) if directory == top else ()),
    ):
        try:
            lines.extend(source.read_text(encoding="utf-8", errors="replace").splitlines())
        except OSError:
            continue
    return pathspec.GitIgnoreSpec.from_lines(lines) if lines else None


def _git_root(start: Path) -> Path | None:
    for directory in (start, *start.parents):
        if (directory / ".git").exists():
            return directory
    return None


def _relative(path: Path, root: Path) -> str | None:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return None


def select_targets(paths: list[Path], config: Config) -> tuple[list[Target], list[Problem]]:
    """Targets under `paths` in a stable order, and the paths that could not be looked at."""
    selector = Selector(config)
    report_root = config.report_root
    found: dict[Path, Target] = {}
    problems: list[Problem] = []

    def add(file: Path) -> None:
        language = language_of(file)
        if language is None or file in found:
            return
        rel = _relative(file, report_root)
        found[file] = Target(file, rel if rel is not None else file.as_posix(), language)

    for given in paths:
        path = Path(os.path.abspath(given))
        if not path.exists():
            problems.append(Problem(str(given), "no such file or directory"))
            continue
        if path.is_file():
            if not selector.excluded(path, False):
                add(path)
            continue
        if selector.excluded(path, True) and path != config.root:
            continue
        for directory, dirnames, filenames in os.walk(path, onerror=lambda e: problems.append(_walk_problem(e))):
            base = Path(directory)
            dirnames[:] = sorted(d for d in dirnames if not selector.excluded(base / d, True))
            for name in sorted(filenames):
                file = base / name
                if not selector.excluded(file, False):
                    add(file)
    return sorted(found.values(), key=lambda t: t.rel), problems


def _walk_problem(error: OSError) -> Problem:
    return Problem(str(error.filename or "?"), f"cannot list directory: {error.strerror or error}")
