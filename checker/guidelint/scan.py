"""A scan: load packs, pick rules, select files, check them with every engine, apply policy.

Python files go to worker processes (libcst rules, then bandit's mapped checks on files that contain one
of their needles); files of the semgrep rules' languages go to one background semgrep process. Results are
cached per file content; anything not checked becomes a Problem and makes the scan exit 2.
"""

from __future__ import annotations

import dataclasses
import gc
import hashlib
import json
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pathspec

from guidelint import __version__, signals
from guidelint.baseline import apply_baseline
from guidelint.cache import Cache, tool_digest, tracked_by_git
from guidelint.classify import CONTENT_DECIDES, TEMPLATE, classify
from guidelint.config import Config, ConfigError
from guidelint.engines import engine, engines, rank
from guidelint.engines.bandit import ENGINE as BANDIT
from guidelint.files import OTHER_TYPE, Target, select_targets, stdin_target
from guidelint.limits import FileTimeout, TooDeep, check_nesting, run_guarded
from guidelint.model import Finding, Hit, PackInfo, Problem, assign_fingerprints, merge_duplicates, today
from guidelint.options import check_options
from guidelint.pack import Pack, PackError, PackRule, load_packs, merged_models
from guidelint.policy import Policy, weakenings
from guidelint.result import ScanResult
from guidelint.ruledocs import docs_urls
from guidelint.safeio import NotReadable, read_regular
from guidelint.semantic.project import MAX_MODULE_BYTES, Project
from guidelint.source import UncheckableSource, decode_python, decode_text
from guidelint.suppressions import EXPIRED, META_RULES, Directive, apply_inline, parse_other, parse_python
from guidelint.waivers import DEFAULT_FILE as DEFAULT_WAIVERS
from guidelint.waivers import Waiver, apply_waivers, load_waivers

if TYPE_CHECKING:
    from guidelint.engines.libcst.engine import CstEngine
    from guidelint.engines.taint.engine import TaintEngine

GC_YOUNG = 50_000  # allocations between collections of the youngest generation (Python's default: 700)
IN_PROCESS_BYTES = 256 * 1024  # below this much uncached source, a process pool costs more than it saves
BANDIT_SYNTAX = "bandit-syntax"


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


# --- per-file work on Python sources (runs in worker processes) -----------------------------------------


class PythonChecker:
    """The libcst, dataflow and bandit engines of a plan, as one worker holds them. The engines that parse
    are built for the first file a rule or a model's needle makes parse: libcst is not imported before."""

    def __init__(self, plan: Plan) -> None:
        from guidelint.engines.bandit import BanditEngine
        from guidelint.engines.libcst import ENGINE as LIBCST
        from guidelint.engines.libcst.prefilter import RuleFilter
        from guidelint.engines.taint import ENGINE as TAINT
        from guidelint.engines.taint.models import add_markers

        self.plan = plan
        self.models = add_markers(merged_models(plan.packs), plan.config.confidential_markers)
        self.cst_rules = [r.impl for r in plan.rules_for(LIBCST)]
        self.cst_filter = RuleFilter(self.cst_rules, plan.config.options)
        self.taint_rules = [r.impl for r in plan.rules_for(TAINT)]
        self.taint_needles = tuple(self.models.needles)
        self.bandit = BanditEngine(plan.rules_for(BanditEngine.name))
        self.timeout = plan.config.file_timeout
        self.project = Project(plan.config.report_root)  # shared by the libcst rules and the dataflow
        self._cst: CstEngine | None = None
        self._taint: TaintEngine | None = None

    def cst(self) -> CstEngine:
        if self._cst is None:
            from guidelint.engines.libcst.engine import CstEngine

            self._cst = CstEngine(self.cst_rules, self.plan.config.options, self.project, models=self.models)
        return self._cst

    def taint(self) -> TaintEngine:
        if self._taint is None:
            from guidelint.engines.taint.engine import TaintEngine

            self._taint = TaintEngine(self.taint_rules, self.models, self.plan.config.options, self.project)
        return self._taint

    def preload(self) -> None:
        """Import every rule module, the parsing engines and bandit before worker processes are forked."""
        for rule in self.cst_rules:
            rule.load()
        self.cst()
        self.taint()
        if self.bandit.checks:
            self.bandit._bandit()

    def check(self, rel: str, key: str, data: bytes) -> FileResult:
        try:
            text = decode_python(data)
            wide_names = check_nesting(text)
        except (UncheckableSource, TooDeep) as exc:
            return FileResult(rel, key, [], [Problem(rel, str(exc))])
        from guidelint.engines.libcst.prefilter import parses, probe_text
        from guidelint.engines.taint.models import wanted

        probe = probe_text(text)  # full-width `eval` is eval to Python, so to the prefilters too
        candidates = self.cst_filter.candidates(probe)
        wants_taint = wanted(self.taint_rules, self.taint_needles, probe)
        shaped = None if wants_taint else self.cst_filter.shaped(candidates, text)  # the parse spares nothing else
        active = [rule.load() for rule in (candidates if shaped is None else shaped)]
        hits: list[Hit] = []
        problems: list[Problem] = []
        deps: dict[str, str] = {}
        if active or wants_taint:  # one parse for the libcst rules and the dataflow analysis
            from guidelint.engines.libcst.parsing import parse

            module, problem = parse(rel, text, wide_names)
            if module is None:
                return FileResult(rel, key, [], [problem] if problem else [])
            hits, problems = self.cst().check_module(rel, module, text, active)
            if wants_taint:
                taint = self.taint()
                try:
                    hits += taint.check(rel, module, text)
                except RecursionError:
                    problems.append(Problem(rel, "too deeply nested for the dataflow analysis", taint.name))
            deps = dict(self.project.read)
        elif shaped is None and not parses(text):  # no rule needs the tree, but a file must parse to pass
            from guidelint.engines.libcst.parsing import syntax_problem

            problem = syntax_problem(rel, text)
            if problem is not None:
                return FileResult(rel, key, [], [problem])
        more_hits, more_problems = self.bandit.check(rel, text, data)
        return FileResult(rel, key, hits + more_hits, problems + more_problems, parse_python(text), deps)


@dataclass
class FileResult:
    """What checking one file gave: hits, problems, directives and the files its rules read."""

    rel: str
    key: str
    hits: list[Hit]
    problems: list[Problem]
    directives: list[Directive] = field(default_factory=list)
    deps: dict[str, str] = field(default_factory=dict)  # other files the rules read: path -> sha256 of content

    @property
    def cacheable(self) -> bool:
        """A file's parse errors are as deterministic as its findings; internal errors and time-outs are not."""
        return not any(p.reason.startswith(("internal error", "time limit")) for p in self.problems)

    def cache_entry(self) -> dict[str, Any]:
        return {
            "hits": [h.to_json() for h in self.hits],
            "problems": [dataclasses.asdict(p) for p in self.problems],
            "directives": [d.to_json() for d in self.directives],
            "deps": self.deps,
        }

    @classmethod
    def from_cache(cls, rel: str, key: str, entry: dict[str, Any]) -> FileResult:
        hits = [Hit.from_json(h) for h in entry["hits"]]
        problems = [Problem(**p) for p in entry["problems"]]
        directives = [Directive.from_json(d) for d in entry["directives"]]
        return cls(rel, key, hits, problems, directives, dict(entry["deps"]))


_WORKER: PythonChecker | None = None


def _init_worker(config: Config, extra_packs: list[Path]) -> None:
    global _WORKER
    signals.in_worker()
    gc.set_threshold(GC_YOUNG, *gc.get_threshold()[1:])  # a worker process checks files and nothing else
    if _WORKER is None:  # under fork the parent's checker is inherited; under spawn rebuild it
        _WORKER = PythonChecker(make_plan(config, extra_packs))


def check_file(task: tuple[str, str, bytes]) -> FileResult:
    """Check one Python file's content with the libcst and bandit engines."""
    rel, key, data = task
    worker = _WORKER
    assert worker is not None
    try:
        return run_guarded(lambda: worker.check(rel, key, data), worker.timeout)
    except FileTimeout as exc:
        return FileResult(rel, key, [], [Problem(rel, str(exc))])
    except RecursionError:
        return FileResult(rel, key, [], [Problem(rel, "too deeply nested to check (recursion limit)")])
    except KeyboardInterrupt:
        raise
    except BaseException as exc:  # a bug, or rule code calling exit(), must not pass a file silently
        return FileResult(rel, key, [], [Problem(rel, f"internal error: {type(exc).__name__}: {exc}")])


def _python_results(plan: Plan, tasks: list[tuple[str, str, bytes]], jobs: int) -> Iterator[FileResult]:
    global _WORKER
    if not tasks:
        return
    jobs = jobs or plan.config.jobs or os.cpu_count() or 1
    _WORKER = PythonChecker(plan)
    size = sum(len(t[2]) for t in tasks)
    if jobs == 1 or len(tasks) < 2 or size < IN_PROCESS_BYTES:
        with _fewer_collections():
            yield from map(check_file, tasks)
        return
    import multiprocessing  # a process pool only here: a commit's few files are checked in this process

    from guidelint.workers import pool_map

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    if method == "fork":
        _WORKER.preload()  # loaded once here, shared with the workers instead of loaded in each
    context = multiprocessing.get_context(method)
    tasks.sort(key=lambda t: -len(t[2]))  # biggest first: no worker is left with a large file at the end
    initargs = (plan.config, plan.extra_packs)
    yield from pool_map(check_file, tasks, min(jobs, len(tasks)), context, _init_worker, initargs, _crashed)


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Checking builds millions of short-lived syntax nodes, nearly all freed by reference counting; with
    the default thresholds the cycle collector ran ~2,800 times over Django's sources, a tenth of the scan.
    While files are checked, the youngest generation is collected every GC_YOUNG allocations, not 700."""
    threshold = gc.get_threshold()
    gc.set_threshold(GC_YOUNG, *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)


def _crashed(task: tuple[str, str, bytes]) -> FileResult:
    rel, key, _ = task
    return FileResult(rel, key, [], [Problem(rel, "internal error: the checking process died on this file")])


# --- the scan ------------------------------------------------------------------------------------------


@dataclass
class ScanOptions:
    """How a scan runs: workers, cache, progress, baseline, diff filter, standard input."""

    jobs: int = 0
    use_cache: bool = True
    progress: Callable[[int, int], None] | None = None
    baseline: set[str] | None = None  # fingerprints to treat as known
    diff: dict[str, set[int] | None] | None = None  # only findings on these lines (paths as reported)
    stdin: tuple[Path, bytes] | None = None  # check this content as if it were the file at this path


def run_scan(plan: Plan, paths: list[Path], options: ScanOptions | None = None) -> ScanResult:
    from guidelint.engines.semgrep import SemgrepEngine, cannot_parse
    from guidelint.engines.semgrep import Target as SemgrepTarget

    options = options or ScanOptions()
    config = plan.config
    result = plan.empty_result()
    jobs = options.jobs or config.jobs
    # semgrep runs beside the Python workers: one semgrep job leaves them the other cores
    semgrep = SemgrepEngine(plan.rules_for(SemgrepEngine.name), timeout=config.semgrep_timeout, jobs=1)
    skipped: Counter[str] = Counter()
    if options.stdin is not None:
        stdin_file = stdin_target(options.stdin[0], config)
        selected, problems = ([stdin_file] if stdin_file else []), list[Problem]()
    else:
        selected, problems = select_targets(paths, config, skipped, result.skipped_paths)
    result.problems.extend(problems)
    wanted = [t for t in selected if _checked(t.language, semgrep.wants)]
    skipped[OTHER_TYPE] += len(selected) - len(wanted)
    if options.diff is not None:
        wanted = [t for t in wanted if t.rel in options.diff]
    result.rules_by_engine = dict(sorted(Counter(r.engine for r in plan.rules.values()).items()))

    cache = Cache(config.cache_path(), plan.context()) if options.use_cache and config.cache else None
    inside = cache is not None and config.report_root in (cache.directory, *cache.directory.parents)
    if cache is not None and inside and tracked_by_git(cache.directory):
        result.notes.append(Problem(str(cache.directory), "cache not used: git tracks files in it", is_file=False))
        cache = None
    python_tasks: list[tuple[str, str, bytes]] = []
    semgrep_tasks: list[SemgrepTarget] = []
    keys: dict[str, str] = {}
    outcomes: list[FileResult] = []
    targets: list[Target] = []
    skip = frozenset(config.skip)
    for target in wanted:
        try:
            if options.stdin is not None:
                data = options.stdin[1]
            else:
                data = read_regular(target.path, min(config.max_file_size, plan.policy.max_file_size))
        except NotReadable as exc:
            result.problems.append(Problem(target.rel, str(exc)))
            continue
        kind = classify(target.rel, target.language, data, skip)
        if kind.language is None:
            skipped[kind.reason] += 1
            result.skipped_paths.append((target.rel, kind.reason))
            continue
        if kind.language != target.language:
            target = dataclasses.replace(target, language=kind.language)
        if not (target.language == "python" or semgrep.wants(target.language)):
            skipped[OTHER_TYPE] += 1  # an HTML file without template syntax
            continue
        targets.append(target)
        key = keys[target.rel] = cache.key(target.rel, data) if cache else ""
        cached = cache.get(key) if cache else None
        entry = _from_cache(target.rel, key, cached) if cached is not None else None
        if entry is not None and not _unchanged(config.report_root, entry.deps):
            entry = None  # a module its rules followed has changed since
        if entry is not None:
            outcomes.append(entry)
            result.cached += 1
        elif target.language == "python":
            python_tasks.append((target.rel, key, data))
        else:
            semgrep_tasks.append(SemgrepTarget(target.rel, target.language, data))
    result.files = len(targets)
    result.skipped = {reason: n for reason, n in sorted(skipped.items()) if n}
    result.skipped_paths.sort()
    languages = {t.language for t in targets}
    result.engines_run = [
        name for name in result.rules_by_engine if any(engine(name).runs_on(language) for language in languages)
    ]

    if options.stdin is not None and targets:
        result.sources[targets[0].rel] = decode_text_lenient(options.stdin[1])
    run = semgrep.start(semgrep_tasks) if semgrep_tasks else None  # in the background while Python is checked
    done = len(outcomes)

    def collect(outcome: FileResult, cacheable: bool = True) -> None:
        nonlocal done
        signals.check()
        if cache and cacheable and outcome.cacheable:
            cache.put(outcome.key, outcome.cache_entry())
        outcomes.append(outcome)
        done += 1
        if options.progress:
            options.progress(done, len(targets))

    for outcome in _python_results(plan, python_tasks, jobs):
        collect(outcome)
    if run is not None:
        semgrep_outcome = run.finish()
        result.problems.extend(semgrep_outcome.engine_problems)
        healthy = not semgrep_outcome.engine_problems
        for task in semgrep_tasks:
            hits = semgrep_outcome.hits.get(task.rel, [])
            file_problems = semgrep_outcome.problems.get(task.rel, [])
            collect(FileResult(task.rel, keys[task.rel], hits, file_problems, _directives(task.data)), healthy)
    if cache:
        cache.prune()

    by_rel = {t.rel: t for t in targets}
    for outcome in outcomes:
        for problem in outcome.problems:
            accepted = (
                problem.engine == BANDIT and config.bandit_syntax == "warn" and "cannot parse" in problem.reason
            ) or (config.semgrep_syntax == "warn" and cannot_parse(problem))
            (result.notes if accepted else result.problems).append(problem)
    result.findings = _apply_policy(plan, options, outcomes, by_rel, result)
    result.problems.sort(key=lambda p: (p.what, p.line))
    return result


def _checked(language: str, semgrep_wants: Callable[[str], bool]) -> bool:
    """Whether a file of this language (by name) is read: it has rules, or its content may give it some."""
    content_decides = language in CONTENT_DECIDES and semgrep_wants(TEMPLATE)
    return language == "python" or content_decides or semgrep_wants(language)


def decode_text_lenient(data: bytes) -> str:
    """Source text for display (the engines decide separately whether it can be checked)."""
    return data.decode("utf-8", errors="replace")


def _from_cache(rel: str, key: str, entry: Any) -> FileResult | None:
    try:
        return FileResult.from_cache(rel, key, entry)
    except (KeyError, TypeError, ValueError):
        return None  # an entry of another shape is recomputed, never trusted


def _unchanged(root: Path, deps: dict[str, str]) -> bool:
    """Whether the files a cached result depended on still have the content it was computed with."""
    for rel, digest in deps.items():
        try:
            if hashlib.sha256(read_regular(root / rel, MAX_MODULE_BYTES)).hexdigest() != digest:
                return False
        except NotReadable:
            return False
    return True


def _directives(data: bytes) -> list[Directive]:
    try:
        return parse_other(decode_text(data))
    except UncheckableSource:
        return []


def _apply_policy(
    plan: Plan,
    options: ScanOptions,
    outcomes: list[FileResult],
    by_rel: dict[str, Target],
    result: ScanResult,
) -> list[Finding]:
    """Findings per file, then: duplicates merged, fingerprints, inline suppressions, waivers, baseline,
    diff filter."""
    config = plan.config
    ignores = _per_file_ignores(config)
    tests = pathspec.GitIgnoreSpec.from_lines(config.test_paths)
    known = {rule.meta.id for pack in plan.packs for rule in pack.rules} | set(META_RULES)
    enabled = set(plan.rules)
    findings: list[Finding] = []
    directives: dict[str, list[Directive]] = {}
    for outcome in outcomes:
        target = by_rel[outcome.rel]
        in_tests = tests.match_file(_local(config, target))
        findings.extend(merge_duplicates(_findings(plan, target, outcome.hits, ignores, in_tests), rank))
        directives[outcome.rel] = outcome.directives
    assign_fingerprints(findings)
    by_path: dict[str, list[Finding]] = {}
    for finding in findings:
        by_path.setdefault(finding.path, []).append(finding)
    meta: list[Finding] = []
    incomplete = {o.rel for o in outcomes if o.problems}
    for rel, file_directives in directives.items():
        if file_directives:
            unused = "off" if rel in incomplete else config.unused_suppressions
            meta.extend(apply_inline(rel, by_path.get(rel, []), file_directives, known, enabled, unused))
    assign_fingerprints(meta)
    findings.extend(meta)
    result.directives = {rel: found for rel, found in directives.items() if found}
    waivers_file = config.waivers or (config.root / DEFAULT_WAIVERS)
    if waivers_file.is_file():
        result.waivers_file = _report_path(config, waivers_file)
        result.waivers = []
        for waiver in load_waivers(waivers_file):
            if plan.policy.approves(waiver.approver):
                result.waivers.append(waiver)
            else:
                reason = f"waiver of {waiver.rule} {waiver.path} ignored: {waiver.approver!r} may not approve waivers"
                result.notes.append(Problem(result.waivers_file, reason, line=waiver.line or 0))
        for waiver in apply_waivers(findings, result.waivers, today()):
            findings.append(_expired(config, result.waivers_file, waiver))
    if options.baseline is not None:
        apply_baseline(findings, options.baseline)
    if options.diff is not None:
        findings = [f for f in findings if _in_diff(f, options.diff)]
    findings.sort(key=lambda f: (f.path, f.line, f.column, f.rule.id))
    return findings


def _report_path(config: Config, path: Path) -> str:
    try:
        return path.resolve().relative_to(config.report_root).as_posix()
    except ValueError:
        return str(path)


def _expired(config: Config, rel: str, waiver: Waiver) -> Finding:
    text = f"{waiver.rule} {waiver.path} (expired {waiver.expires.isoformat()}, approved by {waiver.approver})"
    finding = Finding(
        rule=EXPIRED,
        path=rel,
        line=waiver.line or 1,
        column=1,
        end_line=waiver.line or 1,
        end_column=11,
        snippet="[[waiver]]",
        engines=["guidelint"],
        message=f"waiver of {text} no longer applies",
        normalized=f"waiver {waiver.rule} {waiver.path} {waiver.fingerprint}",
        blocking=EXPIRED.severity >= config.fail_on,
    )
    assign_fingerprints([finding])
    return finding


def _in_diff(finding: Finding, diff: dict[str, set[int] | None]) -> bool:
    if finding.path not in diff:
        return False
    lines = diff[finding.path]
    return lines is None or any(n in lines for n in range(finding.line, finding.end_line + 1))


def ignored_here(config: Config, target: Target) -> list[str]:
    """Rule ids/prefixes that `per-file-ignores` switches off for this file."""
    return _skipped(config, target, _per_file_ignores(config))


def _local(config: Config, target: Target) -> str:
    """A file's path from the configuration's root, as `per-file-ignores` and `test-paths` patterns see it."""
    try:
        return target.path.relative_to(config.root).as_posix()
    except ValueError:
        return target.rel


def _skipped(config: Config, target: Target, ignores: list[tuple[pathspec.GitIgnoreSpec, list[str]]]) -> list[str]:
    local = _local(config, target)
    return [p for spec, ids in ignores if spec.match_file(local) for p in ids]


def _per_file_ignores(config: Config) -> list[tuple[pathspec.GitIgnoreSpec, list[str]]]:
    return [(pathspec.GitIgnoreSpec.from_lines([pattern]), ids) for pattern, ids in config.per_file_ignores.items()]


def _findings(
    plan: Plan,
    target: Target,
    hits: list[Hit],
    ignores: list[tuple[pathspec.GitIgnoreSpec, list[str]]],
    in_tests: bool,
) -> list[Finding]:
    """Attach rule metadata and policy (per-file ignores, test code, blocking level, staged enforcement) to
    hits."""
    skipped = _skipped(plan.config, target, ignores)
    threshold = plan.config.fail_on
    now = today()
    out = []
    for hit in hits:
        rule = plan.rules.get(hit.rule)
        if rule is None or any(hit.rule.startswith(p) for p in skipped):
            continue
        meta = rule.meta
        if in_tests and meta.tests == "skip":
            continue
        staged = meta.blocks_from is not None and now < meta.blocks_from
        relaxed = in_tests and meta.tests == "warn"  # test code is not deployed: reported, not blocking
        relaxed = relaxed or hit.advisory
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
                blocking=meta.severity >= threshold and not staged and not relaxed,
                blocks_from=meta.blocks_from if staged and not relaxed else None,
                fix=hit.fix,
                flow=list(hit.flow),
                test_code=in_tests,
            )
        )
    return out
