"""Which files a scan checks: walk the given paths, honour configured excludes (also for file names passed
explicitly, as pre-commit does) and .gitignore (for untracked files found by walking: whatever git tracks,
and whatever is named explicitly, is checked), report symlinks out of the tree and non-regular files, and
tell each file's language."""

from __future__ import annotations

import errno
import functools
import io
import os
import re
import subprocess
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pathspec
from identify import identify

from guidelint.classify import TEMPLATE
from guidelint.config import Config
from guidelint.model import Problem
from guidelint.pathpatterns import gitignore_spec
from guidelint.safeio import NotReadable, is_regular, leaves, plain_file, read_head, read_regular, walk
from guidelint.sourcelines import physical_lines

DEFAULT_EXCLUDES = (
    ".git/",
    ".hg/",
    ".svn/",
    ".tox/",
    ".nox/",
    ".eggs/",
    "__pycache__/",
    ".mypy_cache/",
    ".pytest_cache/",
    ".ruff_cache/",
    ".guidelint_cache/",
    "node_modules/",
    "__pypackages__/",
    "site-packages/",
    "bower_components/",
    "jspm_packages/",
)
"""Not checked unless git tracks them (a pull request's `lib/site-packages/x.py` is its code, whatever the folder
is called). Vendored and minified files are not excluded here but classified by content
(`guidelint.classify`): each one is listed, Python in them is checked, and the configuration decides."""
ENVIRONMENTS = ("venv", ".venv")
"""Directories excluded when they are a virtual environment: they hold a `pyvenv.cfg` git does not track (a
`venv/` of source, such as Python's own venv package, or a committed one, is checked like any other code)."""

# identify tag -> language name used by the engines, in order of preference
_LANGUAGES = {
    "python": "python",
    "html": "html",  # read to see whether it is a template (guidelint.classify)
    "jinja": "html",
    "javascript": "javascript",
    "jsx": "javascript",
    "ts": "typescript",
    "tsx": "typescript",
    "java": "java",
    "go": "go",
    "dockerfile": "dockerfile",
    "terraform": "terraform",
    "shell": "bash",
    "bash": "bash",
    "yaml": "yaml",
    "json": "json",
    "ini": "ini",
    "toml": "toml",
    "dotenv": "dotenv",
    # component and logic-less templates: their raw insertions (v-html, {@html}, {{{ }}}) are read by the
    # template rules; no engine parses their script
    "vue": TEMPLATE,
    "svelte": TEMPLATE,
    "handlebars": TEMPLATE,
    "mustache": TEMPLATE,
}
_SECRET_NAMES = (".env", ".netrc", ".pgpass", "credentials")
# pip's requirement and constraint files (`requirements.txt`, `requirements-gpu.txt`, `dev-requirements.in`,
# `constraints.txt`): configuration, whose `--index-url` lines carry the private index's credentials
_PIP_FILE = re.compile(r"(?:[\w.-]*[-_.])?(?:requirements|constraints)(?:[-_.][\w.-]*)?\.(?:txt|in)")

# why a file or directory was skipped (counted per scan for the summary)
EXCLUDED = "excluded"
GITIGNORED = "gitignored"
OTHER_TYPE = "no rule for the file type"
_VCS_DIRS = {".git", ".hg", ".svn"}  # never checked, not worth a mention


@dataclass(frozen=True)
class Target:
    """A file to check: absolute path, path as reported (relative to the report root) and language."""

    path: Path
    rel: str
    language: str


@lru_cache(maxsize=2048)
def _language_by_name(name: str) -> str | None:
    if name.endswith(".pyi"):
        return None
    tags = identify.tags_from_filename(name)
    if "cython" in tags and name.endswith(".pyx"):
        return "python"  # a Cython module: Python where it parses, else listed as skipped (guidelint.classify)
    if "jinja" in tags:  # `Dockerfile.j2`, `settings.py.j2`: a template of the file its inner name says, which
        # it is as long as it has no template syntax (guidelint.classify); `nginx.conf.j2` is read for that syntax
        return _language_by_name(os.path.splitext(name)[0]) or "html"
    lowered = name.lower()
    if lowered.endswith(".dockerfile") or lowered.startswith("dockerfile"):
        return "dockerfile"
    if lowered.endswith(".hcl"):
        return "terraform"
    if lowered.endswith(".handlebars"):
        return TEMPLATE
    if not tags and (name in _SECRET_NAMES or name.startswith(".env.")):
        return "dotenv"
    if _PIP_FILE.fullmatch(lowered):
        return "requirements"  # read by the rules for any text (`languages: [generic]`)
    return next((language for tag, language in _LANGUAGES.items() if tag in tags), None)


SHEBANG_BYTES = 256  # a script's first line: `#!/usr/bin/env python3 -u`


def language_of(path: Path | str) -> str | None:
    """Language by file name, then by shebang for files without an extension, executable or not: a script is
    often committed without its executable bit and run as `python3 tools/rotate`, and is source all the same."""
    name = os.path.basename(path)
    language = _language_by_name(name)
    if language is None and "." not in name:
        # its first line only, and not through a symlink (which may leave the tree): a file that cannot be
        # read so is no language's, as a file without a shebang
        command = identify.parse_shebang(io.BytesIO(read_head(path, SHEBANG_BYTES)))
        tags = identify.tags_from_interpreter(command[0]) if command else set()
        language = next((lang for tag, lang in _LANGUAGES.items() if tag in tags), None)
    return language


@lru_cache(maxsize=4096)
def _git_root(directory: str) -> str | None:
    if os.path.exists(os.path.join(directory, ".git")):
        return directory
    parent = os.path.dirname(directory)
    return None if parent == directory else _git_root(parent)


@lru_cache(maxsize=4096)
def _gitignore_file(directory: str, top: str) -> pathspec.GitIgnoreSpec | None:
    lines: list[str] = []
    sources = [os.path.join(directory, ".gitignore")]
    if directory == top:
        sources.append(os.path.join(top, ".git", "info", "exclude"))
    for source in sources:
        try:
            lines.extend(physical_lines(read_regular(source).decode("utf-8", errors="replace")))  # as git reads it
        except NotReadable:
            continue
    spec = gitignore_spec(lines)
    return spec if any(p.include is not None for p in spec.patterns) else None  # not only comments


@lru_cache(maxsize=4096)
def _gitignores(directory: str, top: str) -> tuple[tuple[str, pathspec.GitIgnoreSpec], ...]:
    """The .gitignore files from `directory` up to the work tree's `top`, deepest first, with their folders
    (most folders of a tree have none of their own: asked once per folder, not once per file)."""
    spec = _gitignore_file(directory, top)
    own = ((directory, spec),) if spec is not None else ()
    if directory == top or not directory.startswith(top):
        return own
    return own + _gitignores(os.path.dirname(directory), top)


def _tracked(top: str) -> frozenset[str] | str:
    """Absolute paths of the files git tracks in the work tree at `top`, and of the directories holding them;
    or why git could not list them (not installed, "detected dubious ownership" where the checkout belongs to
    another user, a broken `.git`): then which files are the repository's is unknown."""
    try:
        proc = subprocess.run(
            ["git", "-c", "core.quotepath=off", "ls-files", "-z"], cwd=top, capture_output=True, timeout=120
        )
    except (OSError, subprocess.SubprocessError) as exc:
        return f"git could not run: {exc}"
    if proc.returncode != 0:
        said = os.fsdecode(proc.stderr).strip().splitlines()
        return f"git ls-files failed: {said[0] if said else f'exit {proc.returncode}'}"
    listed = proc.stdout
    out: set[str] = set()
    for name in os.fsdecode(listed).split("\0"):
        path = os.path.join(top, name)
        while name and path not in out:
            out.add(path)
            name, path = os.path.dirname(name), os.path.dirname(path)
    return frozenset(out)


class Selector:
    """Decides whether a path is excluded: defaults, configured patterns and .gitignore files."""

    def __init__(self, config: Config) -> None:
        self.root = str(config.root)
        patterns = [*DEFAULT_EXCLUDES, *config.exclude]
        self.configured = gitignore_spec(patterns)
        self.own = gitignore_spec(config.exclude)  # the configuration's, which apply to tracked files too
        # inside a directory the walk already accepted, only patterns that can name a file matter
        negated = any(p.lstrip().startswith("!") for p in patterns)
        self.file_patterns = None if negated else gitignore_spec([p for p in patterns if not p.rstrip().endswith("/")])
        self.respect_gitignore = config.respect_gitignore
        self._tracked: dict[str, frozenset[str] | str] = {}  # per git work tree, read once per scan
        self.unlisted: dict[str, str] = {}  # work trees git could not list, and why

    def excluded(self, path: str, is_dir: bool, named: bool = False) -> bool:
        return self.why_excluded(path, is_dir, named) is not None

    def why_excluded(self, path: str, is_dir: bool, named: bool = False) -> str | None:
        """EXCLUDED or GITIGNORED when the path is not to be checked, else None. Configured and default
        excludes always apply; .gitignore does not hide a file named explicitly (`named`)."""
        rel = os.path.relpath(path, self.root)
        if rel.startswith(".."):
            rel = os.path.basename(path)
        if rel != "." and self._excluded(path, rel + "/" if is_dir else rel):
            return EXCLUDED
        if self._in_environment(path, is_dir):
            return EXCLUDED
        return GITIGNORED if self.respect_gitignore and not named and self._gitignored(path, is_dir) else None

    def walked_file_excluded(self, directory: str, name: str) -> str | None:
        """`why_excluded()` for a file of a directory that is itself not excluded (the walk's fast path)."""
        if self.file_patterns is None:
            return self.why_excluded(os.path.join(directory, name), False)
        prefix = self._relative_dir(directory)
        if self.file_patterns.match_file(prefix + name):
            return EXCLUDED
        if not self.respect_gitignore:
            return None
        top = _git_root(directory)
        return GITIGNORED if top is not None and self._decide(directory, name, False, top) else None

    def walked_dir_excluded(self, directory: str, name: str) -> str | None:
        """`why_excluded()` for a subdirectory of a directory the walk kept (the walk's fast path)."""
        if name in ENVIRONMENTS:
            return self.why_excluded(os.path.join(directory, name), True)
        if self._excluded(os.path.join(directory, name), self._relative_dir(directory) + name + "/"):
            return EXCLUDED
        if not self.respect_gitignore:
            return None
        top = _git_root(directory)
        if top is None or not (self._dir_ignored(directory, top) or self._decide(directory, name, True, top)):
            return None
        return GITIGNORED

    def _excluded(self, path: str, rel: str) -> bool:
        """Excluded by a pattern: the configuration's, or a default one when git does not track `path` (nor,
        for a directory, anything below it)."""
        if not self.configured.match_file(rel):
            return False
        if os.path.basename(path) in _VCS_DIRS:
            return True  # git tracks nothing there: not worth asking it
        if self.own.match_file(rel):
            return True
        top = _git_root(os.path.dirname(path))
        return top is None or self._untracked(top, path)

    def _untracked(self, top: str, path: str) -> bool:
        """Whether git does not track `path` (nor, for a directory, anything below it), asked when a pattern
        would leave it out. When git cannot list the work tree the path is left out as before, and the
        reason kept: the scan reports it (exit 2), for the path may be a file the pull request hid."""
        tracked = self._listing(top)
        if isinstance(tracked, str):
            self.unlisted[top] = tracked
            return True
        return path not in tracked

    def _listing(self, top: str) -> frozenset[str] | str:
        """What git tracks in the work tree at `top` (or why it could not list it), read once per scan."""
        listing = self._tracked.get(top)
        if listing is None:
            listing = self._tracked[top] = _tracked(top)
        return listing

    def _in_environment(self, path: str, is_dir: bool) -> bool:
        """Whether `path` is, or lies in, a `venv/` or `.venv/` directory that is a virtual environment."""
        if not any(name in path for name in ENVIRONMENTS):  # every file of the walk asks: most paths hold none
            return False
        parts = os.path.relpath(path if is_dir else os.path.dirname(path), self.root).split(os.sep)
        if parts[0] == "..":
            parts = []
        return any(
            name in ENVIRONMENTS and self._environment(os.path.join(self.root, *parts[: index + 1]))
            for index, name in enumerate(parts)
        )

    @lru_cache(maxsize=256)  # noqa: B019 - one Selector per scan
    def _environment(self, directory: str) -> bool:
        """A virtual environment: its `pyvenv.cfg` (which venv and virtualenv write) exists and git does not
        track it; what a repository commits is its code, whatever the folder is called."""
        marker = os.path.join(directory, "pyvenv.cfg")
        if not os.path.isfile(marker):
            return False
        top = _git_root(directory)
        return top is None or self._untracked(top, marker)

    @lru_cache(maxsize=4096)  # noqa: B019 - one Selector per scan
    def _relative_dir(self, directory: str) -> str:
        rel = os.path.relpath(directory, self.root)
        if rel == ".":
            return ""
        return "" if rel.startswith("..") else rel.replace(os.sep, "/") + "/"

    def _gitignored(self, path: str, is_dir: bool) -> bool:
        parent = os.path.dirname(path)
        top = _git_root(parent)
        if top is None or path == top:
            return False
        return self._dir_ignored(parent, top) or self._decide(parent, os.path.basename(path), is_dir, top)

    @lru_cache(maxsize=4096)  # noqa: B019 - one Selector per scan; the cache is the point
    def _dir_ignored(self, directory: str, top: str) -> bool:
        """An ignored directory ignores everything below it (git cannot re-include there)."""
        if directory == top or not directory.startswith(top):
            return False
        parent = os.path.dirname(directory)
        return self._dir_ignored(parent, top) or self._decide(parent, os.path.basename(directory), True, top)

    def _decide(self, directory: str, name: str, is_dir: bool, top: str) -> bool:
        """The deepest .gitignore with a matching pattern decides; within a file the last match wins.
        .gitignore applies to untracked files only: what git tracks (or a directory holding it) is kept."""
        path = os.path.join(directory, name)
        known = self._listing(top)
        if isinstance(known, frozenset) and path in known:
            return False  # the common case, before any pattern is matched
        rel = name + ("/" if is_dir else "")
        for current, spec in _gitignores(directory, top):
            below = directory[len(current) :].strip(os.sep).replace(os.sep, "/")
            result = spec.check_file(f"{below}/{rel}" if below else rel)
            if result.include is not None:
                return bool(result.include) and self._untracked(top, path)
        return False


def select_targets(
    paths: list[Path], config: Config, skipped: Counter[str] | None = None, listed: list[tuple[str, str]] | None = None
) -> tuple[list[Target], list[Problem]]:
    """Targets under `paths` in a stable order, and the paths that could not be looked at.

    `skipped`, when given, counts what was left out and why (an excluded directory counts once); `listed`
    receives each excluded or ignored path of a file type guidelint checks, and each such directory."""
    selector = Selector(config)
    report_root = str(config.report_root)
    found: dict[str, Target] = {}
    problems: list[Problem] = []
    skipped = Counter() if skipped is None else skipped
    listed = [] if listed is None else listed

    def skip(path: str, reason: str, is_dir: bool = False) -> None:
        skipped[reason] += 1
        listed.append((_relative(path, report_root) + ("/" if is_dir else ""), reason))

    def add(file: str, walked_inside: bool = False) -> None:
        """`walked_inside`: found by a walk (which follows no directory symlink) from inside the tree."""
        if file in found:
            return
        language = language_of(file)
        if language is None:
            return
        rel = _relative(file, report_root)
        top = os.path.dirname(file) if os.path.isabs(rel) else report_root
        if not _utf8(file):
            problems.append(
                Problem(rel, "its name is not UTF-8 (rename it: reports and fingerprints name files in UTF-8)")
            )
        elif walked_inside and plain_file(file):  # no symlink on its way: inside, there, and regular
            found[file] = Target(Path(file), rel, language)
        elif leaves(file, top):
            problems.append(Problem(rel, "skipped: symlink to a file outside the scanned tree"))
        elif not os.path.exists(file):
            problems.append(Problem(rel, f"cannot read: {'symlink loop' if _loops(file) else 'broken symlink'}"))
        elif not is_regular(file):
            problems.append(Problem(rel, "skipped: not a regular file (FIFO, device or socket)"))
        else:
            found[file] = Target(Path(file), rel, language)

    for given in paths:
        path = os.path.abspath(given)
        if not os.path.exists(path) and not os.path.islink(path):
            problems.append(Problem(_relative(path, report_root), "no such file or directory"))
            continue
        if os.path.isdir(path) and not os.path.isabs(_relative(path, report_root)) and leaves(path, report_root):
            problems.append(  # `scan src` where src is a symlink to a folder outside the checkout
                Problem(_relative(path, report_root), "skipped: symlink to a directory outside the scanned tree")
            )
            continue
        if not os.path.isdir(path):
            reason = selector.why_excluded(path, False, named=True)
            if reason is None and language_of(path) is None:
                skipped[OTHER_TYPE] += 1
            elif reason is None:
                add(path)
            else:
                skip(path, reason)
            continue
        if path != selector.root and selector.excluded(path, True):
            skip(path, selector.why_excluded(path, True) or EXCLUDED, is_dir=True)
            continue
        walk_problem = functools.partial(_walk_problem, report_root=report_root, problems=problems)
        inside = not leaves(path, report_root)
        for directory, dirnames, filenames in walk(path, onerror=walk_problem):
            kept = []
            for d in sorted(dirnames):
                reason = selector.walked_dir_excluded(directory, d)
                if reason is None:
                    kept.append(d)
                elif d not in _VCS_DIRS:
                    skip(os.path.join(directory, d), reason, is_dir=True)
            dirnames[:] = kept
            for name in dirnames:  # the walk does not follow directory symlinks: say so for those leaving the tree
                linked = os.path.join(directory, name)
                if os.path.islink(linked) and leaves(linked, report_root):
                    problems.append(
                        Problem(
                            _relative(linked, report_root), "skipped: symlink to a directory outside the scanned tree"
                        )
                    )
            for name in sorted(filenames):
                file = os.path.join(directory, name)
                if file in found:
                    continue
                if language_of(file) is None:
                    skipped[OTHER_TYPE] += 1
                    continue
                reason = selector.walked_file_excluded(directory, name)
                if reason is None:
                    add(file, inside)
                else:
                    skip(file, reason)
    for top, why in selector.unlisted.items():  # a pull request's .gitignore may have hidden its own files
        problems.append(
            Problem(
                _relative(top, report_root),
                f"cannot tell which files git tracks ({why}), so .gitignore and the default excludes may have"
                f" left out files of the repository: let git read the work tree (as this user: git config"
                f" --global --add safe.directory {top})",
                is_file=False,
            )
        )
    return sorted(found.values(), key=lambda t: t.rel), problems


def stdin_target(path: Path, config: Config) -> Target | None:
    """The target for content read from standard input as if it were at `path` (None: excluded or no language)."""
    absolute = os.path.abspath(path)
    language = _language_by_name(os.path.basename(absolute))
    if language is None or Selector(config).excluded(absolute, False):
        return None
    return Target(Path(absolute), _relative(absolute, str(config.report_root)), language)


def _relative(file: str, report_root: str) -> str:
    """The path reports name `file` by; a byte of a name that is not UTF-8 written as its escape (`\\udcff`)."""
    rel = os.path.relpath(file, report_root)
    rel = file if rel.startswith("..") else rel.replace(os.sep, "/")
    return rel if _utf8(rel) else rel.encode("utf-8", "backslashreplace").decode("utf-8")


def _utf8(path: str) -> bool:
    """Whether `path` is a name in UTF-8 (Python holds each byte of another name as a lone surrogate)."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _loops(path: str) -> bool:
    """Whether following the symlink at `path` comes back to a link already followed (ELOOP)."""
    try:
        os.stat(path)
    except OSError as exc:
        return exc.errno == errno.ELOOP
    return False


def _walk_problem(error: OSError, report_root: str, problems: list[Problem]) -> None:
    where = _relative(os.path.abspath(error.filename), report_root) if error.filename else "?"
    problems.append(Problem(where, f"cannot list directory: {error.strerror or error}"))
