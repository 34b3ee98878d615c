"""What the engines found in each file (FileResult, also the cache entry) and what the scan reports of it:
which problems fail the scan, and how the configuration and the company's policy turn hits into findings
(blocking level, test code, per-file ignores, inline suppressions, waivers, baseline, diff filter)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pathspec

from guidelint.baseline import apply_baseline
from guidelint.config import Config, ConfigError
from guidelint.engines import rank
from guidelint.engines.bandit import ENGINE as BANDIT
from guidelint.files import Target
from guidelint.model import (
    CHANGED,
    INTERNAL,
    MEMORY_LIMIT,
    NOT_YAML,
    PARTLY_PARSED,
    PYTHON2,
    SYNTAX,
    TIME_LIMIT,
    Finding,
    Hit,
    Problem,
    assign_fingerprints,
    merge_duplicates,
    today,
)
from guidelint.pathpatterns import gitignore_spec
from guidelint.result import ScanResult
from guidelint.safeio import leaves
from guidelint.suppressions import EXPIRED, META_RULES, Directive, apply_inline
from guidelint.waivers import DEFAULT_FILE as DEFAULT_WAIVERS
from guidelint.waivers import Waiver, apply_waivers, load_waivers

if TYPE_CHECKING:
    from guidelint.plan import Plan, ScanOptions


@dataclass
class FileResult:
    """What checking one file gave: hits, problems, directives and the files its rules read."""

    rel: str
    key: str
    hits: list[Hit]
    problems: list[Problem]
    directives: list[Directive] = field(default_factory=list)
    deps: dict[str, str] = field(default_factory=dict)  # files the rules read: path -> sha256 (`Project.read`)

    @property
    def cacheable(self) -> bool:
        """A file's parse errors are as deterministic as its findings; internal errors, time-outs and a file
        that changed while it was scanned are not."""
        return not any(p.kind in (INTERNAL, TIME_LIMIT, MEMORY_LIMIT, CHANGED) for p in self.problems)

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


def sort_problems(plan: Plan, outcomes: list[FileResult], by_rel: dict[str, Target], result: ScanResult) -> None:
    """Each file's problems go to `result.problems` (not checked: exit 2) or, where the configuration accepts
    an engine's parser gap, test code cannot hide a blocking finding, a test file is Python 2 source (not
    deployed, and run by no Python 3 interpreter), or a `.yaml` file no YAML parser accepts holds no
    configuration anything loads, to `result.notes` (partly checked)."""
    from guidelint.engines.semgrep import ENGINE as SEMGREP

    config = plan.config
    tests = gitignore_spec(config.test_paths)
    for outcome in outcomes:
        target = by_rel[outcome.rel]
        for problem in outcome.problems:
            syntax_setting = {BANDIT: config.bandit_syntax, SEMGREP: config.semgrep_syntax}.get(problem.engine)
            accepted = (
                problem.kind in (SYNTAX, PARTLY_PARSED) and syntax_setting == "warn"
            ) or problem.kind == NOT_YAML
            if not accepted and problem.kind == PARTLY_PARSED and tests.match_file(_local(config, target)):
                relaxed = _in_test_code(plan, target.language, problem)
                problem, accepted = relaxed or problem, relaxed is not None
            elif problem.kind == PYTHON2 and tests.match_file(_local(config, target)):
                # test code is not deployed, and no Python 3 interpreter runs this file: nothing that runs is hidden
                problem = dataclasses.replace(problem, reason=f"{problem.reason} (test code)")
                accepted = True
            (result.notes if accepted else result.problems).append(problem)


def _in_test_code(plan: Plan, language: str, problem: Problem) -> Problem | None:
    """A partly parsed test file hides no blocking finding when none of the rules semgrep parsed it for block
    in test code (text rules, such as the cloud keys that block everywhere, read the whole file anyway): the
    problem as a note that says so, or None."""
    from guidelint.engines.semgrep import ENGINE
    from guidelint.engines.semgrep_languages import parsed_languages

    parsing = [r for r in plan.rules_for(ENGINE) if language in parsed_languages(r.impl)]
    if any(r.meta.tests == "block" for r in parsing):
        return None
    note = "(test code, where none of the rules semgrep parses it for blocks)"
    return dataclasses.replace(problem, reason=f"{problem.reason} {note}")


def apply_policy(
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
    tests = gitignore_spec(config.test_paths)
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
    if config.waivers is None and leaves(waivers_file, config.report_root):  # a symlink the repository committed
        raise ConfigError(f"{waivers_file}: a symlink to a file outside the scanned repository; not read")
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
    return [(gitignore_spec([pattern]), ids) for pattern, ids in config.per_file_ignores.items()]


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
        # test code is not deployed: reported, not blocking (but for what is live wherever it is committed)
        relaxed = in_tests and meta.tests == "warn" and not hit.blocks_in_tests
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
                cell=hit.cell,
            )
        )
    return out
