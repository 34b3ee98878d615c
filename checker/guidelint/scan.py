"""A scan: load packs, pick rules, select files, check them (cache, process pool), apply policy."""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pathspec

from guidelint import __version__
from guidelint.cache import Cache
from guidelint.config import Config, ConfigError
from guidelint.files import Target, select_targets
from guidelint.model import Finding, Hit, Problem, RuleMeta, assign_fingerprints
from guidelint.pack import Pack, PackError, PackRule, builtin_pack_dir, load_pack
from guidelint.source import UncheckableSource, decode_python

IN_PROCESS_BYTES = 256 * 1024  # below this much uncached source, a process pool costs more than it saves


@dataclass
class Plan:
    """What a scan runs: the active packs and the enabled rules."""

    config: Config
    packs: list[Pack]
    rules: dict[str, PackRule]
    extra_packs: list[Path] = field(default_factory=list)

    def rules_for(self, engine: str) -> list[PackRule]:
        return [r for r in self.rules.values() if r.engine == engine]

    def context(self) -> str:
        """Everything besides a file's content that decides its engine results (the cache key)."""
        import libcst

        parts = {
            "guidelint": __version__,
            "libcst": getattr(libcst, "__version__", "?"),
            "python": sys.version_info[:2],
            "packs": [(p.name, p.version, p.digest()) for p in self.packs],
            "rules": sorted(self.rules),
            "options": self.config.options,
        }
        return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()


@dataclass
class ScanResult:
    plan: Plan
    findings: list[Finding] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    files: int = 0
    cached: int = 0

    @property
    def blocking(self) -> list[Finding]:
        return [f for f in self.findings if f.blocking and not f.suppressed]

    @property
    def exit_code(self) -> int:
        if self.problems:
            return 2
        return 1 if self.blocking else 0


def load_packs(config: Config, extra: list[Path]) -> list[Pack]:
    """The built-in pack (unless disabled), then packs from the configuration and the command line."""
    packs: list[Pack] = []
    if config.builtin_pack:
        packs.append(load_pack(builtin_pack_dir()))
    for spec in config.packs:
        if spec.path is None:
            raise PackError(f"pack {spec.name}: loading installed packs by name is not supported yet")
        packs.append(load_pack(spec.path))
    packs.extend(load_pack(Path(p).resolve()) for p in extra)
    names: dict[str, Path] = {}
    for pack in packs:
        if pack.name in names:
            raise PackError(f"pack {pack.name} is loaded twice ({names[pack.name]} and {pack.root})")
        names[pack.name] = pack.root
    return packs


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
    for key, selectors in (("select", config.select), ("ignore", config.ignore)):
        for selector in selectors:
            if not any(rule_id.startswith(selector) for rule_id in every):
                raise ConfigError(f"{config.source or 'configuration'}: {key}: {selector!r} matches no rule")
    enabled = {
        rule_id: rule
        for rule_id, rule in every.items()
        if (not config.select or any(rule_id.startswith(s) for s in config.select))
        and not any(rule_id.startswith(s) for s in config.ignore)
    }
    return Plan(config, packs, enabled, list(extra_packs or []))


def today() -> date:
    """The date staged enforcement is judged by (GUIDELINT_TODAY=YYYY-MM-DD pins it for tests)."""
    pinned = os.environ.get("GUIDELINT_TODAY")
    return date.fromisoformat(pinned) if pinned else date.today()


# --- per-file work (runs in worker processes) --------------------------------------------------------

_WORKER: Any = None


def _build_engine(plan: Plan) -> Any:
    from guidelint.cst.engine import CstEngine

    return CstEngine([r.impl for r in plan.rules_for("libcst")], plan.config.options)


def _init_worker(config: Config, extra_packs: list[Path]) -> None:
    global _WORKER
    if _WORKER is None:  # under fork the parent's engine is inherited; under spawn rebuild it
        _WORKER = _build_engine(make_plan(config, extra_packs))


@dataclass
class FileResult:
    rel: str
    key: str
    hits: list[Hit]
    problems: list[Problem]


def check_file(task: tuple[str, str, str, bytes]) -> FileResult:
    """Check one file's content with every engine that understands its language."""
    rel, key, language, data = task
    try:
        if language != "python":
            return FileResult(rel, key, [], [])
        try:
            text = decode_python(data)
        except UncheckableSource as exc:
            return FileResult(rel, key, [], [Problem(rel, str(exc))])
        hits, problems = _WORKER.check(rel, text)
        return FileResult(rel, key, hits, problems)
    except Exception as exc:  # a bug must not pass a file silently
        return FileResult(rel, key, [], [Problem(rel, f"internal error: {type(exc).__name__}: {exc}")])


# --- the scan ------------------------------------------------------------------------------------------


def run_scan(
    plan: Plan,
    paths: list[Path],
    *,
    jobs: int = 0,
    use_cache: bool = True,
    progress: Callable[[int, int], None] | None = None,
) -> ScanResult:
    config = plan.config
    result = ScanResult(plan)
    targets, problems = select_targets(paths, config)
    result.problems.extend(problems)
    targets = [t for t in targets if t.language == "python"]
    result.files = len(targets)

    cache = Cache(config.cache_path(), plan.context()) if use_cache and config.cache else None
    tasks: list[tuple[str, str, str, bytes]] = []
    by_rel: dict[str, Target] = {t.rel: t for t in targets}
    outcomes: list[FileResult] = []
    for target in targets:
        try:
            data = target.path.read_bytes()
        except OSError as exc:
            result.problems.append(Problem(target.rel, f"cannot read: {exc.strerror or exc}"))
            continue
        key = cache.key(target.rel, data) if cache else ""
        cached = cache.get(key) if cache else None
        if cached is not None:
            outcomes.append(FileResult(target.rel, key, [Hit.from_json(h) for h in cached["hits"]], []))
            result.cached += 1
        else:
            tasks.append((target.rel, key, target.language, data))

    done = len(outcomes)
    for outcome in _execute(plan, tasks, jobs):
        if cache and not outcome.problems:
            cache.put(outcome.key, {"hits": [h.to_json() for h in outcome.hits]})
        outcomes.append(outcome)
        done += 1
        if progress:
            progress(done, len(targets))

    findings: list[Finding] = []
    ignores = _per_file_ignores(config)
    for outcome in outcomes:
        result.problems.extend(outcome.problems)
        findings.extend(_findings(plan, by_rel[outcome.rel], outcome.hits, ignores))
    assign_fingerprints(findings)
    findings.sort(key=lambda f: (f.path, f.line, f.column, f.rule.id))
    result.findings = findings
    result.problems.sort(key=lambda p: (p.what, p.line))
    return result


def _execute(plan: Plan, tasks: list[tuple[str, str, str, bytes]], jobs: int) -> Iterator[FileResult]:
    global _WORKER
    if not tasks:
        return
    jobs = jobs or plan.config.jobs or os.cpu_count() or 1
    _WORKER = _build_engine(plan)
    size = sum(len(t[3]) for t in tasks)
    if jobs == 1 or len(tasks) < 2 or size < IN_PROCESS_BYTES:
        yield from map(check_file, tasks)
        return
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    # biggest files first so that no worker is left with a large file at the end
    tasks.sort(key=lambda t: -len(t[3]))
    with context.Pool(
        min(jobs, len(tasks)), initializer=_init_worker, initargs=(plan.config, plan.extra_packs)
    ) as pool:
        yield from pool.imap_unordered(check_file, tasks, chunksize=max(1, min(16, len(tasks) // (jobs * 8))))


def _per_file_ignores(config: Config) -> list[tuple[pathspec.GitIgnoreSpec, list[str]]]:
    return [
        (pathspec.GitIgnoreSpec.from_lines([pattern]), ids)
        for pattern, ids in config.per_file_ignores.items()
    ]


def _findings(
    plan: Plan, target: Target, hits: list[Hit], ignores: list[tuple[pathspec.GitIgnoreSpec, list[str]]]
) -> list[Finding]:
    """Attach rule metadata and policy (per-file ignores, blocking level, staged enforcement) to hits."""
    try:
        local = target.path.relative_to(plan.config.root).as_posix()
    except ValueError:
        local = target.rel
    skipped = [p for spec, ids in ignores if spec.match_file(local) for p in ids]
    threshold = plan.config.fail_on
    now = today()
    out = []
    for hit in hits:
        rule = plan.rules.get(hit.rule)
        if rule is None or any(hit.rule.startswith(p) for p in skipped):
            continue
        meta: RuleMeta = rule.meta
        staged = meta.blocks_from is not None and now < meta.blocks_from
        out.append(
            Finding(
                rule=meta,
                path=target.rel,
                line=hit.line,
                column=hit.column,
                end_line=hit.end_line,
                end_column=hit.end_column,
                snippet=hit.snippet,
                engines=[hit.engine],
                message=hit.message,
                normalized=hit.normalized,
                blocking=meta.severity >= threshold and not staged,
                blocks_from=meta.blocks_from if staged else None,
                fix=hit.fix,
            )
        )
    return out
