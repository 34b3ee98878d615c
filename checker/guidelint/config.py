"""Configuration: `[tool.guidelint]` in pyproject.toml or top-level keys in guidelint.toml, found upward.

Every key is validated; an unknown key or a bad value is a `ConfigError` naming the file and the key.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from guidelint.cache import ENV_DIR as ENV_CACHE_DIR
from guidelint.classify import CATEGORIES, DEFAULT_SKIP
from guidelint.model import Severity
from guidelint.safeio import NotReadable, TooLarge, read_regular
from guidelint.tomlcompat import tomllib

CONFIG_FILES = ("guidelint.toml", "pyproject.toml")
TEST_PATHS = (
    "tests/",
    "test/",
    "testing/",
    "testutils/",
    "test_utils/",
    "*_test/",
    "tests_*/",
    "*_tests/",
    "tests.py",
    "test_*.py",
    "*_test.py",
    "*_tests.py",
    "conftest.py",
    "fixtures/",
    "testdata/",
    "__tests__/",
    "__mocks__/",
    "*.test.[jt]s",
    "*.test.[jt]sx",
    "*.spec.[jt]s",
    "*.spec.[jt]sx",
    "*_test.go",
    "tox.ini",
)
"""Where a project's test code is, by default (gitignore patterns from the project root; tests.py: a Django app's;
*_tests.py: a module's tests kept beside it; testdata/: the files a suite reads; testing/ and *_test/: the
harness packages a library ships for its own and its plugins' test suites, as testutils/ and test_utils/ are (pretix's
test settings, fixtures and helpers); tests_*/ and *_tests/: suites kept
apart, `tests_async/`, `integration_tests/`; JavaScript's `__tests__/` folders and `*.test.js`/`*.spec.ts`
files; Go's `*_test.go`; tox.ini, the test runner's configuration, whose `setenv` values are test environments)."""
DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024  # a larger file is reported as not checked
DEFAULT_MEMORY_LIMIT = 2 * 1024 * 1024 * 1024  # resident bytes of a checking process (docs/security-model.md, row 19)
DEFAULT_FILE_TIMEOUT = 60.0  # CPU seconds the Python engines may spend on one file
DEFAULT_SEMGREP_TIMEOUT = 600.0  # seconds one semgrep run may take
MAX_CONFIG_BYTES = 1024 * 1024  # a configuration or waivers file
MAX_EXTENDS = 16  # configuration files one `extends` chain may apply


class ConfigError(Exception):
    """A configuration that cannot be used; exit 2."""


@dataclass(frozen=True)
class PackSpec:
    """A pack to activate: a directory or an installed distribution's pack name, with a version pin."""

    path: Path | None
    name: str | None
    version: str


@dataclass
class Config:
    """The repository's configuration (guidelint.toml, or [tool.guidelint] in pyproject.toml), with its defaults."""

    root: Path
    sources: list[Path] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    fail_on: Severity = Severity.HIGH
    respect_gitignore: bool = True
    jobs: int = 0
    cache: bool = True
    cache_dir: Path | None = None
    packs: list[PackSpec] = field(default_factory=list)
    builtin_pack: bool = True
    installed_packs: bool = True
    semgrep_timeout: float = DEFAULT_SEMGREP_TIMEOUT
    max_file_size: int = DEFAULT_MAX_FILE_SIZE
    file_timeout: float = (
        DEFAULT_FILE_TIMEOUT  # CPU seconds the Python engines may spend on one file (limits.run_guarded)
    )
    memory_limit: int = DEFAULT_MEMORY_LIMIT  # resident bytes a process checking Python files may use
    waivers: Path | None = None
    confidential_markers: dict[str, list[str]] = field(default_factory=dict)
    unused_suppressions: str = "warn"
    bandit_syntax: str = "error"  # "warn": files bandit cannot parse are reported but do not fail the scan
    semgrep_syntax: str = "error"  # "warn": files semgrep's parsers cannot read are reported, do not fail the scan
    test_paths: list[str] = field(default_factory=lambda: list(TEST_PATHS))  # what each rule's `tests` applies to
    skip: list[str] = field(default_factory=lambda: list(DEFAULT_SKIP))  # file categories not checked (listed)
    options: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def source(self) -> Path | None:
        return self.sources[0] if self.sources else None

    @property
    def report_root(self) -> Path:
        """Paths in reports are relative to the repository (as code scanning expects), else to `root`."""
        return _git_root(self.root) or self.root

    def cache_path(self) -> Path:
        from guidelint.cache import default_directory

        return self.cache_dir or default_directory(self.root)


def _strings(value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError("expected a list of strings")
    if any(not v.strip() for v in value):
        raise ValueError("an empty string selects everything; remove it")
    return list(value)


def _severity(value: Any) -> Severity:
    if not isinstance(value, str):
        raise ValueError("expected a severity name")
    return Severity.parse(value)


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError("expected true or false")
    return value


def _jobs(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValueError("expected a whole number >= 0 (0: one per CPU)")
    return value


def _bytes(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise ValueError("expected a number of bytes > 0")
    return value


def _seconds(value: Any) -> float:
    # TOML has inf and nan: nan compares false with every limit, so neither may stand for "no limit"
    if not isinstance(value, (int, float)) or isinstance(value, bool) or not 0 < value < math.inf:
        raise ValueError("expected a number of seconds > 0")
    return float(value)


def _error_or_warn(value: Any) -> str:
    if value not in ("error", "warn"):
        raise ValueError('expected "error" or "warn"')
    return str(value)


def _unused(value: Any) -> str:
    if value not in ("warn", "error", "off"):
        raise ValueError('expected "warn", "error" or "off"')
    return str(value)


_MARKER_KINDS = ("names", "annotations", "decorators")


def _markers(value: Any) -> dict[str, list[str]]:
    if not isinstance(value, dict) or set(value) - set(_MARKER_KINDS):
        raise ValueError(f"expected a table with {', '.join(_MARKER_KINDS)} (lists of patterns)")
    return {str(k): _strings(v) for k, v in value.items()}


def _per_file(value: Any) -> dict[str, list[str]]:
    if not isinstance(value, dict):
        raise ValueError('expected a table like {"tests/**" = ["SEC101"]}')
    return {str(k): _strings(v) for k, v in value.items()}


def _skip(value: Any) -> list[str]:
    if not isinstance(value, list) or any(v not in CATEGORIES for v in value):
        raise ValueError(f"expected a list of {', '.join(repr(c) for c in CATEGORIES)} ([] checks every file)")
    return list(dict.fromkeys(value))


def _options(value: Any) -> dict[str, dict[str, Any]]:
    if not isinstance(value, dict) or not all(isinstance(v, dict) for v in value.values()):
        raise ValueError("expected tables of rule options, e.g. [tool.guidelint.options.NET102]")
    return {str(k): dict(v) for k, v in value.items()}


# key -> (attribute, converter); "extends", "cache-dir" and "packs" need the file's location.
_KEYS: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "exclude": ("exclude", _strings),
    "select": ("select", _strings),
    "ignore": ("ignore", _strings),
    "per-file-ignores": ("per_file_ignores", _per_file),
    "test-paths": ("test_paths", _strings),
    "skip": ("skip", _skip),
    "fail-on": ("fail_on", _severity),
    "respect-gitignore": ("respect_gitignore", _bool),
    "jobs": ("jobs", _jobs),
    "cache": ("cache", _bool),
    "builtin-pack": ("builtin_pack", _bool),
    "installed-packs": ("installed_packs", _bool),
    "semgrep-timeout": ("semgrep_timeout", _seconds),
    "max-file-size": ("max_file_size", _bytes),
    "file-timeout": ("file_timeout", _seconds),
    "memory-limit": ("memory_limit", _bytes),
    "bandit-syntax": ("bandit_syntax", _error_or_warn),
    "semgrep-syntax": ("semgrep_syntax", _error_or_warn),
    "unused-suppressions": ("unused_suppressions", _unused),
    "confidential-markers": ("confidential_markers", _markers),
    "options": ("options", _options),
}
_PATH_KEYS = ("extends", "cache-dir", "packs", "waivers")


def find_config(start: Path) -> Path | None:
    """The nearest guidelint.toml, or pyproject.toml with a [tool.guidelint] table, at or above `start`."""
    here = start if start.is_dir() else start.parent
    for directory in (here, *here.parents):
        for name in CONFIG_FILES:
            candidate = directory / name
            if candidate.is_file() and (name != "pyproject.toml" or _has_tool_table(candidate)):
                return candidate
    return None


def read_config_text(path: Path) -> str:
    """The text of a configuration or waivers file: a regular file (a FIFO would hang the scan) of at most
    `MAX_CONFIG_BYTES` (a repository's gigabyte of TOML would hold it), in UTF-8; else a ConfigError."""
    try:
        return read_regular(path, MAX_CONFIG_BYTES).decode("utf-8")
    except TooLarge:
        raise ConfigError(f"{path}: cannot read: larger than {MAX_CONFIG_BYTES} bytes") from None
    except NotReadable as exc:
        raise ConfigError(f"{path}: {exc}") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from None


def _has_tool_table(pyproject: Path) -> bool:
    try:
        data = tomllib.loads(read_config_text(pyproject))
    except (ConfigError, tomllib.TOMLDecodeError):
        return True  # let load_config report the broken file
    return isinstance(data.get("tool"), dict) and "guidelint" in data["tool"]


def _git_root(start: Path) -> Path | None:
    for directory in (start, *start.parents):
        if (directory / ".git").exists():
            return directory
    return None


def _discovery_start(start: Path) -> Path:
    """Where the configuration and the tree are looked for: `start`, resolved. But a path named inside the
    working directory whose real location is outside it (`scan src` in a checkout where a pull request made
    `src` a symlink to the runner's home) is no tree of its own: the working directory is, and the scan
    reports the path as leaving it."""
    named = Path(os.path.abspath(start))
    real = named.resolve()
    here = Path.cwd().resolve()
    return here if named.is_relative_to(here) and not real.is_relative_to(here) else real


def load_config(
    start: Path, explicit: Path | None = None, allowed: Sequence[Path] = (), repo_packs: bool = False
) -> Config:
    """The effective configuration for a scan of `start` (or of `explicit`, given by --config). The
    repository's configuration files name files inside the repository only, or under `allowed` (folders
    the invoking side allows: --allow-config-path, the policy's allow-config-paths); a pack folder inside
    the repository (its code runs when the pack loads) only if `repo_packs` (--allow-repo-packs, the
    policy's allow-repo-packs). Every command that reads a repository's configuration reads it here."""
    start = _discovery_start(start)
    here = start if start.is_dir() else start.parent
    path = Path(os.path.abspath(explicit)) if explicit else find_config(start)
    if path is None:
        return Config(root=_git_root(here) or here)
    tree = (_git_root(here) or (here if explicit else path.parent)).resolve()
    reach = _Reach(tree, [a.resolve() for a in allowed], repo_packs)
    real = reach.named(reach.owns(path), path, "the configuration file")
    if not real.is_file():
        raise ConfigError(f"{path}: configuration file not found")
    file = real if explicit else path  # a found file's paths are relative to where it was found
    config = Config(root=file.parent)
    _apply(config, file, chain=[], reach=reach)
    if os.environ.get(ENV_CACHE_DIR):  # the job's environment wins over the repository's cache-dir
        config.cache_dir = None
    return config


@dataclass(frozen=True)
class _Reach:
    """Where the repository's configuration may read: its own tree, and the folders the invoking side
    allows. A file outside the tree (one the invoking side allowed) is not the repository's: what it names
    is not checked."""

    tree: Path
    allowed: list[Path]
    repo_packs: bool

    def owns(self, path: Path) -> bool:
        return path.is_relative_to(self.tree)

    def named(self, by_repository: bool, path: Path, what: str) -> Path:
        """`path`, resolved; a ConfigError when the repository named it and it resolves outside the tree
        and the allowed folders (`extends = "~/.aws/config"`, a committed `guidelint.toml -> /etc/...`)."""
        real = path.resolve()
        if by_repository and not self.owns(real) and not any(real.is_relative_to(a) for a in self.allowed):
            raise ConfigError(
                f"{what}: {real} is outside the scanned repository ({self.tree}), and the repository's"
                " configuration reads only its own files (allow a folder with --allow-config-path DIR or"
                " allow-config-paths in the policy)"
            )
        return real


def _table(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(read_config_text(path))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        table = tool.get("guidelint") if isinstance(tool, dict) else None
        if not isinstance(table, dict):
            raise ConfigError(f"{path}: no [tool.guidelint] table")
        return dict(table)
    return dict(data)


def _label(path: Path, key: str) -> str:
    prefix = "tool.guidelint." if path.name == "pyproject.toml" else ""
    return f"{path}: {prefix}{key}"


def _apply(config: Config, path: Path, chain: list[Path], reach: _Reach) -> None:
    """Apply `path` on top of what it extends (the extended file first, then this one)."""
    if path in chain:
        raise ConfigError(f"{path}: `extends` loops back to itself ({' -> '.join(map(str, chain))})")
    if len(chain) > MAX_EXTENDS:  # a chain of a thousand files ended in an internal RecursionError
        raise ConfigError(f"{chain[0]}: extends: a chain of more than {MAX_EXTENDS} files")
    table = _table(path)
    unknown = [k for k in table if k not in _KEYS and k not in _PATH_KEYS]
    if unknown:
        key = unknown[0]
        import difflib

        near = difflib.get_close_matches(key, [*_KEYS, *_PATH_KEYS], n=1)
        hint = f" (did you mean {near[0]!r}?)" if near else ""
        raise ConfigError(f"{_label(path, key)}: unknown key{hint}")
    if "extends" in table:
        parent = table["extends"]
        if not isinstance(parent, str):
            raise ConfigError(f"{_label(path, 'extends')}: expected a path to another configuration file")
        parent_path = _named(path, "extends", os.path.expanduser(parent), reach)
        if not parent_path.is_file():
            raise ConfigError(f"{_label(path, 'extends')}: {parent_path} not found")
        _apply(config, parent_path, [*chain, path], reach)
    config.sources.insert(0, path)
    for key, value in table.items():
        if key in _KEYS:
            attr, convert = _KEYS[key]
            try:
                setattr(config, attr, convert(value))
            except ValueError as exc:
                raise ConfigError(f"{_label(path, key)}: {exc}") from None
    if "cache-dir" in table:
        if not isinstance(table["cache-dir"], str):
            raise ConfigError(f"{_label(path, 'cache-dir')}: expected a path")
        config.cache_dir = (path.parent / table["cache-dir"]).resolve()
        if reach.owns(path) and not reach.owns(config.cache_dir):  # the scan writes there
            raise ConfigError(
                f"{_label(path, 'cache-dir')}: {config.cache_dir} is outside the scanned repository"
                f" ({reach.tree}); a repository's configuration keeps its cache inside it (the CI job"
                " chooses another with --cache-dir or $GUIDELINT_CACHE_DIR)"
            )
    if "packs" in table:
        config.packs = _packs(table["packs"], path, reach)
    if "waivers" in table:
        if not isinstance(table["waivers"], str):
            raise ConfigError(f"{_label(path, 'waivers')}: expected a path to a waivers file")
        config.waivers = _named(path, "waivers", table["waivers"], reach)
        if not config.waivers.is_file():
            raise ConfigError(f"{_label(path, 'waivers')}: {config.waivers} not found")


def _named(path: Path, key: str, value: str, reach: _Reach) -> Path:
    """The file or folder a configuration's `key` names, resolved (checked when the configuration is the
    repository's)."""
    return reach.named(reach.owns(path), path.parent / value, _label(path, key))


def _packs(value: Any, path: Path, reach: _Reach) -> list[PackSpec]:
    if not isinstance(value, list):
        raise ConfigError(f'{_label(path, "packs")}: expected a list like [{{path = "../pack", version = ">=1.0"}}]')
    specs = []
    for i, entry in enumerate(value):
        where = _label(path, f"packs[{i}]")
        if not isinstance(entry, dict):
            raise ConfigError(f"{where}: expected a table with `path` or `name`, and optionally `version`")
        extra = set(entry) - {"path", "name", "version"}
        if extra:
            raise ConfigError(f"{where}: unknown key {sorted(extra)[0]!r}")
        pack_path, name, version = entry.get("path"), entry.get("name"), entry.get("version", "")
        if (pack_path is None) == (name is None):
            raise ConfigError(f"{where}: give exactly one of `path` or `name`")
        if not isinstance(version, str) or any(v is not None and not isinstance(v, str) for v in (pack_path, name)):
            raise ConfigError(f"{where}: `path`, `name` and `version` are strings")
        folder = _named(path, f"packs[{i}].path", pack_path, reach) if pack_path is not None else None
        if folder is not None and reach.owns(folder) and not reach.repo_packs:  # whoever named it
            raise ConfigError(
                f"{where}: {folder} is inside the scanned repository; its code would run during the scan, so it"
                " is refused (allow with --allow-repo-packs or allow-repo-packs in the policy)"
            )
        specs.append(PackSpec(folder, name, version))
    return specs
