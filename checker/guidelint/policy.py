"""The CSIRT policy: the floor a repository's configuration cannot go below.

In CI the scanned repository is untrusted, and so is its configuration. The policy comes from the invoking
side (`--policy FILE`, `$GUIDELINT_POLICY`, or `policy.toml` in an installed pack), never from the scanned
tree. It says which rules must run everywhere, the highest `fail-on` a configuration may use, which paths a
configuration may exclude, who may approve waivers, whether packs inside the repository may load, the
largest file that is checked, the time and memory a file's check may take, which paths are test code
(findings there do not block), and which rule options a configuration may set.
A configuration may tighten any of these; a weakening the policy forbids is a `ConfigError` naming the file
and key. Weakenings that remain allowed are listed (`weakenings()`) in every report.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any

from guidelint.classify import CATEGORIES, DEFAULT_SKIP
from guidelint.config import (
    DEFAULT_FILE_TIMEOUT,
    DEFAULT_MAX_FILE_SIZE,
    DEFAULT_MEMORY_LIMIT,
    DEFAULT_SEMGREP_TIMEOUT,
    TEST_PATHS,
    Config,
    ConfigError,
)
from guidelint.model import Severity
from guidelint.safeio import NotReadable, read_regular
from guidelint.tomlcompat import tomllib

ENV = "GUIDELINT_POLICY"
POLICY_FILE = "policy.toml"  # the name of a policy an installed pack ships
_KEYS = (
    "fail-on",
    "required",
    "builtin-pack",
    "installed-packs",
    "allow-exclude",
    "approvers",
    "allow-repo-packs",
    "max-file-size",
    "file-timeout",
    "semgrep-timeout",
    "memory-limit",
    "test-paths",
    "allow-skip",
    "allow-options",
    "allow-config-paths",
)


@dataclass
class Policy:
    """The CSIRT floor: what the repository's configuration cannot switch off or relax."""

    source: str = ""
    fail_on: Severity | None = None  # the least strict threshold allowed
    required: list[str] = field(default_factory=list)  # rule ids/prefixes that always run, on every file
    builtin_pack: bool = False  # the built-in pack cannot be switched off
    installed_packs: bool = False  # installed packs cannot be switched off
    allow_exclude: list[str] | None = None  # exclude patterns a configuration may use (None: any)
    approvers: list[str] | None = None  # who may approve a waiver (None: anyone)
    allow_repo_packs: bool = False
    max_file_size: int = DEFAULT_MAX_FILE_SIZE
    # the most a configuration may give a file's check (a raised limit makes the gate slower, never quieter,
    # but a pull request that raises it and adds a file the parser takes hours on holds the gate that long)
    file_timeout: float = DEFAULT_FILE_TIMEOUT
    semgrep_timeout: float = DEFAULT_SEMGREP_TIMEOUT
    memory_limit: int = DEFAULT_MEMORY_LIMIT
    test_paths: list[str] | None = None  # where findings may be test code's, not blocking (None: the defaults)
    allow_skip: list[str] | None = None  # file categories a configuration may skip (None: any)
    allow_options: list[str] | None = None  # "RULE.option" patterns a configuration may set (None: any)
    allow_config_paths: list[Path] = field(default_factory=list)  # folders outside the repository it may name

    def approves(self, approver: str) -> bool:
        return self.approvers is None or approver in self.approvers


def load_policy(explicit: Path | None) -> Policy:
    """The policy given by the invoking side (`--policy`, `$GUIDELINT_POLICY`, else a `policy.toml` shipped
    in an installed pack); without one, no floor besides the defaults."""
    path = explicit or (Path(os.environ[ENV]) if os.environ.get(ENV) else None) or _installed_policy()
    if path is None:
        return Policy()
    try:
        table = tomllib.loads(read_regular(path, 1024 * 1024).decode("utf-8"))
    except NotReadable as exc:
        raise ConfigError(f"policy {path}: {exc}") from None
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"policy {path}: invalid TOML: {exc}") from None
    return _parse(table, str(path), path.parent)


def _installed_policy() -> Path | None:
    from guidelint.pack import installed_pack_dirs

    shipped = [d / POLICY_FILE for d in installed_pack_dirs().values() if (d / POLICY_FILE).is_file()]
    if len(shipped) > 1:
        raise ConfigError(f"several installed packs ship a {POLICY_FILE} ({', '.join(map(str, shipped))}); pass one")
    return shipped[0] if shipped else None


def _parse(table: dict[str, Any], source: str, folder: Path) -> Policy:
    policy = Policy(source=source, builtin_pack=True, allow_exclude=[], allow_skip=list(DEFAULT_SKIP))
    for key, value in table.items():
        where = f"policy {source}: {key}"
        if key not in _KEYS:
            raise ConfigError(f"{where}: unknown key")
        if key == "test-paths":  # may be empty: no file is test code
            if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
                raise ConfigError(f"{where}: expected a list of patterns")
            policy.test_paths = list(value)
        elif key == "allow-config-paths":  # relative to the policy's folder
            if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
                raise ConfigError(f"{where}: expected a list of folders")
            policy.allow_config_paths = [folder / os.path.expanduser(v) for v in value]
        elif key == "allow-skip":
            if not isinstance(value, list) or any(v not in CATEGORIES for v in value):
                raise ConfigError(f"{where}: expected a list of {', '.join(repr(c) for c in CATEGORIES)}")
            policy.allow_skip = list(value)
        elif key in ("required", "allow-exclude", "approvers", "allow-options"):
            if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
                raise ConfigError(f"{where}: expected a list of non-empty strings")
            setattr(policy, key.replace("-", "_"), list(value))
        elif key == "fail-on":
            try:
                policy.fail_on = Severity.parse(str(value))
            except ValueError as exc:
                raise ConfigError(f"{where}: {exc}") from None
        elif key in ("max-file-size", "memory-limit"):
            if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
                raise ConfigError(f"{where}: expected a number of bytes > 0")
            setattr(policy, key.replace("-", "_"), value)
        elif key in ("file-timeout", "semgrep-timeout"):
            if not isinstance(value, (int, float)) or isinstance(value, bool) or not 0 < value < math.inf:
                raise ConfigError(f"{where}: expected a number of seconds > 0")
            setattr(policy, key.replace("-", "_"), float(value))
        else:
            if not isinstance(value, bool):
                raise ConfigError(f"{where}: expected true or false")
            setattr(policy, key.replace("-", "_"), value)
    return policy


def _covers(selector: str, required: str) -> bool:
    """Whether switching off `selector` switches off (part of) the required rules `required`."""
    return selector.startswith(required) or required.startswith(selector)


def enforce(policy: Policy, config: Config) -> None:
    """Raise a ConfigError for the first thing the configuration does that the policy forbids (what it may
    read, packs of its own among it, load_config checks as it reads)."""
    where = str(config.source or "configuration")
    if policy.fail_on is not None and config.fail_on > policy.fail_on:
        raise ConfigError(
            f"{where}: fail-on: {config.fail_on.label!r} is less strict than the policy's"
            f" {policy.fail_on.label!r} ({policy.source})"
        )
    if policy.builtin_pack and not config.builtin_pack:
        raise ConfigError(f"{where}: builtin-pack: the policy {policy.source} requires the built-in pack")
    if policy.installed_packs and not config.installed_packs:
        raise ConfigError(f"{where}: installed-packs: the policy {policy.source} requires installed packs")
    for required in policy.required:
        for selector in config.ignore:
            if _covers(selector, required):
                raise ConfigError(f"{where}: ignore: {selector!r} switches off {required}, required by the policy")
        if config.select and not any(_covers(s, required) for s in config.select):
            raise ConfigError(f"{where}: select: leaves out {required}, required by the policy")
        for pattern, ids in config.per_file_ignores.items():
            for selector in ids:
                if _covers(selector, required):
                    raise ConfigError(
                        f"{where}: per-file-ignores: {pattern!r} = {selector!r} switches off {required},"
                        " required by the policy"
                    )
    if policy.allow_exclude is not None:
        for pattern in config.exclude:
            if pattern not in policy.allow_exclude:
                raise ConfigError(f"{where}: exclude: {pattern!r} is not allowed by the policy {policy.source}")
    for key in ("max-file-size", "memory-limit", "file-timeout", "semgrep-timeout"):
        limit = getattr(policy, key.replace("-", "_"))
        if getattr(config, key.replace("-", "_")) > limit:
            said = f"{limit:g} s" if isinstance(limit, float) else f"{limit} bytes"
            raise ConfigError(f"{where}: {key}: above the policy's {said} (only the policy can raise it)")
    _enforce_skip(policy, config, where)
    if policy.allow_options is not None:  # an allow-list or a marker name can make a rule pass what it reports
        for rule, table in config.options.items():
            for key in table:
                if not any(fnmatchcase(f"{rule}.{key}", allowed) for allowed in policy.allow_options):
                    raise ConfigError(
                        f"{where}: options.{rule}.{key}: not allowed by the policy {policy.source} (allow-options)"
                    )
    if policy.test_paths is not None:  # file names the pull request chooses decide what does not block
        if config.test_paths == list(TEST_PATHS):
            config.test_paths = list(policy.test_paths)  # the configuration left the defaults: the policy's apply
        for pattern in config.test_paths:
            if pattern not in policy.test_paths:
                raise ConfigError(f"{where}: test-paths: {pattern!r} is not allowed by the policy {policy.source}")


def _enforce_skip(policy: Policy, config: Config, where: str) -> None:
    """Which files are skipped unchecked is the policy's to allow (a policy file allows the defaults unless it
    says `allow-skip`); a policy's narrower list narrows a configuration that kept the defaults."""
    if policy.allow_skip is None:
        return
    if config.skip == list(DEFAULT_SKIP):
        config.skip = [c for c in config.skip if c in policy.allow_skip]
    for category in config.skip:
        if category not in policy.allow_skip:
            raise ConfigError(f"{where}: skip: {category!r} is not allowed by the policy {policy.source}")


def weakenings(config: Config) -> list[str]:
    """What the configuration switches off or relaxes: listed in every report for the reviewer and the audit."""
    out: list[str] = []
    if not config.builtin_pack:
        out.append("builtin-pack = false (the built-in pack is off)")
    if not config.installed_packs:
        out.append("installed-packs = false (installed packs are off)")
    if config.fail_on > Severity.HIGH:
        out.append(f"fail-on = {config.fail_on.label!r} (only {config.fail_on.label} findings block)")
    if config.select:
        out.append(f"select = {config.select!r} (every other rule is off)")
    out.extend(f"ignore {selector!r}" for selector in config.ignore)
    out.extend(f"exclude {pattern!r}" for pattern in config.exclude)
    out.extend(f"per-file-ignores {pattern!r}: {ids!r}" for pattern, ids in config.per_file_ignores.items())
    out.extend(
        f"test-paths {p!r} (findings there do not block; a file semgrep parses in part passes)"
        for p in config.test_paths
        if p not in TEST_PATHS
    )
    out.extend(f"skip {c!r} (such files are listed, not checked)" for c in config.skip if c not in DEFAULT_SKIP)
    if config.bandit_syntax == "warn":
        out.append('bandit-syntax = "warn" (files bandit cannot parse pass)')
    if config.semgrep_syntax == "warn":
        out.append('semgrep-syntax = "warn" (files semgrep cannot parse pass, partly checked)')
    if config.unused_suppressions == "off":
        out.append('unused-suppressions = "off"')
    out.extend(  # an allow-list or a marker name can make a rule pass what the pack's default reports
        f"options.{rule}.{key} = {value!r} (a rule option)"
        for rule, table in sorted(config.options.items())
        for key, value in sorted(table.items())
    )
    return out
