"""What a scan runs (the packs and rules a configuration enables) and how (workers, cache, baseline, diff)."""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from guidelint import __version__
from guidelint.cache import tool_digest
from guidelint.config import Config, ConfigError
from guidelint.engines import engines
from guidelint.model import PackInfo
from guidelint.options import check_options
from guidelint.pack import Pack, PackError, PackRule, load_packs
from guidelint.policy import Policy, weakenings
from guidelint.result import ScanResult
from guidelint.ruledocs import docs_urls
from guidelint.suppressions import META_RULES


@dataclass
class Plan:
    """What a scan runs: the active packs and the enabled rules."""

    config: Config
    packs: list[Pack]
    rules: dict[str, PackRule]
    extra_packs: list[Path] = field(default_factory=list)
    policy: Policy = field(default_factory=Policy)
    weakenings: list[str] = field(default_factory=list)  # what the configuration switched off, for the report

    def rules_for(self, name: str) -> list[PackRule]:
        return [r for r in self.rules.values() if r.engine == name]

    def empty_result(self) -> ScanResult:
        """A result that knows the packs and rules of this plan, before any file is checked."""
        return ScanResult(
            root=self.config.report_root,
            fail_on=self.config.fail_on,
            packs=[PackInfo(p.name, p.version) for p in self.packs],
            clauses={cid: c for p in self.packs for cid, c in p.clauses.items()},
            rules=[self.rules[rule_id].doc for rule_id in sorted(self.rules)],
            titles={r.meta.id: r.meta.title for p in self.packs for r in p.rules},
            policy=str(self.policy.source or ""),
            weakenings=list(self.weakenings),
            config_file=str(self.config.source or ""),
            docs=docs_urls(self.packs, self.rules),
        )

    def context(self) -> str:
        """Everything besides a file's content that decides its engine results (the cache key)."""
        from importlib.metadata import PackageNotFoundError, version

        def installed(name: str) -> str:
            try:
                return version(name)
            except PackageNotFoundError:
                return "-"

        parts = {
            "guidelint": __version__,
            "tool": tool_digest(),
            "engines": sorted({installed(name) for e in engines() for name in e.distributions}),
            "python": sys.version_info[:2],
            "packs": [(p.name, p.version, p.digest()) for p in self.packs],
            "rules": sorted(self.rules),
            "options": self.config.options,
            "markers": self.config.confidential_markers,
            "skip": sorted(self.config.skip),  # what a file is classified as (kept with its cached result)
        }
        return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()


def make_plan(config: Config, extra_packs: list[Path] | None = None) -> Plan:
    """Load packs and apply `select`/`ignore`; a selector that matches no rule is a configuration error."""
    packs = load_packs(config, extra_packs or [])
    every: dict[str, PackRule] = {}
    for pack in packs:
        for rule in pack.rules:
            if rule.meta.id in every:
                first = every[rule.meta.id].source
                raise PackError(f"rule {rule.meta.id} is defined by two packs ({first} and {rule.source})")
            every[rule.meta.id] = rule
    where = config.source or "configuration"
    per_file = [(f"per-file-ignores {pattern!r}", ids) for pattern, ids in config.per_file_ignores.items()]
    for key, selectors in [("select", config.select), ("ignore", config.ignore), *per_file]:
        for selector in selectors:
            if not selector.strip():
                raise ConfigError(f"{where}: {key}: an empty selector would match every rule")
            if not any(rule_id.startswith(selector) for rule_id in every) and selector not in META_RULES:
                raise ConfigError(f"{where}: {key}: {selector!r} matches no rule")
    check_options(config, every)
    enabled = {
        rule_id: rule
        for rule_id, rule in every.items()
        if (not config.select or any(rule_id.startswith(s) for s in config.select))
        and not any(rule_id.startswith(s) for s in config.ignore)
    }
    return Plan(config, packs, enabled, list(extra_packs or []), weakenings=weakenings(config))


@dataclass
class ScanOptions:
    """How a scan runs: workers, cache, progress, baseline, diff filter, standard input."""

    jobs: int = 0
    use_cache: bool = True
    progress: Callable[[int, int], None] | None = None
    baseline: set[str] | None = None  # fingerprints to treat as known
    diff: dict[str, set[int] | None] | None = None  # only findings on these lines (paths as reported)
    stdin: tuple[Path, bytes] | None = None  # check this content as if it were the file at this path
