"""The semgrep engine: one semgrep process per scan over the non-Python targets its rules cover.

Targets are written to a private mirror directory (the bytes the scan hashed; a Dockerfile respelled where
semgrep's grammar rejects valid syntax: engines/respell.py) under names semgrep recognises, and semgrep scans
that directory once with metrics, version check, .gitignore, .semgrepignore and `nosemgrep` handling off (then the
rules with `costly:` clauses whole, on the files their first pass flagged: engines/semgrep_costly.py). Anything
semgrep does not check (a target skipped or unparsed, a rule error, a crash, a timeout, no install) is a Problem.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from guidelint import signals
from guidelint.classify import yaml_stream
from guidelint.engines import respell
from guidelint.engines.protocol import Engine, ExampleResults
from guidelint.engines.semgrep_costly import CostlyError, split
from guidelint.engines.semgrep_languages import as_generic, mirror_suffix, rule_targets
from guidelint.engines.text import TIMEOUT as TEXT_TIMEOUT
from guidelint.engines.text import TextRule, TextTimeout, compile_rule, positions, time_limit
from guidelint.hardlimits import usable_cpus
from guidelint.model import NOT_YAML, PARTLY_PARSED, SYNTAX, Hit, Problem, Severity, normalize_code
from guidelint.sourcelines import physical_lines

if TYPE_CHECKING:
    from guidelint.engines.taint.models import Models
    from guidelint.packfiles import PackRule

ENGINE = "semgrep"
MAX_SNIPPET_LINES = 6
MAX_MESSAGE = 160  # characters of a semgrep error message kept in a report
RULE_TIMEOUT = 30  # seconds (wall clock, parse included) one rule may spend on one file: room for a busy machine
TIMEOUT_THRESHOLD = 2  # rules timing out on a file before semgrep gives it up (reported as not checked)
MAX_MEMORY_MB = 2000  # for one rule on one file
# semgrep's OCaml command line (`--experimental`, osemgrep) starts in 0.1 s of CPU where its Python one takes
# 1.7 s, but matches about 30% slower (a 1 MB library file 75% slower): it runs the smaller runs, a commit's
OCAML_MAX_BYTES = 1_000_000
NEEDLES = "needles"
"""A semgrep rule's own key: substrings (ASCII, compared ignoring case) one of which every match holds."""
CHEAP = ".first-pass"  # a rule's id + this: its first pass (costly: clauses left out), run on its examples
SYNTAX_KINDS = ("Syntax error", "PartialParsing", "Other syntax error", "Lexical error")
"""semgrep's error kinds for a file its parser could not (fully) read."""


NOT_YAML_REASON = (
    "not valid YAML, so no tool loads it as configuration: its YAML rules do not apply (its text rules ran)"
)


def _unloadable_yaml(data: bytes) -> bool:
    """YAML text that PyYAML rejects too, with no template syntax: a `{{ }}` or `{% %}` file is rendered
    into YAML later (classify makes most of those templates), so it stays a file that was not checked."""
    return b"{{" not in data and b"{%" not in data and not yaml_stream(data)


_SEMGREP_SEVERITY = {
    Severity.CRITICAL: "ERROR",
    Severity.HIGH: "ERROR",
    Severity.MEDIUM: "WARNING",
    Severity.LOW: "INFO",
}


def find_semgrep() -> str | None:
    """$GUIDELINT_SEMGREP if set, else semgrep next to this interpreter (same virtualenv), else on PATH."""
    chosen = os.environ.get("GUIDELINT_SEMGREP")
    if chosen:
        return chosen if os.access(chosen, os.X_OK) else None
    beside = Path(sys.executable).parent / "semgrep"
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    return shutil.which("semgrep")


@dataclass
class Target:
    """A file for the semgrep rules: its path as reported, its language and its bytes."""

    rel: str
    language: str
    data: bytes

    @functools.cached_property
    def lowered(self) -> bytes:
        """The file's bytes in lower case, for the needles (ASCII, lower-cased), read once per file."""
        return self.data.lower()

    def holds(self, needles: Iterable[bytes]) -> bool:
        """Whether one of the (lower-cased) needles occurs in the file, ignoring case."""
        return any(needle in self.lowered for needle in needles)


@dataclass
class Outcome:
    """Per-file hits and problems, plus problems that concern the engine or a rule."""

    hits: dict[str, list[Hit]] = field(default_factory=dict)
    problems: dict[str, list[Problem]] = field(default_factory=dict)
    engine_problems: list[Problem] = field(default_factory=list)


def _mirror_name(index: int, target: Target) -> str:
    rel = PurePosixPath(target.rel)
    safe = not rel.is_absolute() and ".." not in rel.parts
    name = str(rel) if safe else f"_outside/{index}/{rel.name}"
    return name + mirror_suffix(rel.name, target.language)


def _for_grammar(target: Target) -> bytes:
    """The bytes semgrep reads: the file, respelled where semgrep's grammar falls short (engines/respell.py)."""
    return respell.for_semgrep(target.language, target.data)


class SemgrepRun:
    """A semgrep process started in the background; `finish()` waits and maps results back."""

    def __init__(
        self, rules: dict[str, dict[str, Any]], targets: list[Target], timeout: float, jobs: int, must_scan: set[str]
    ) -> None:
        self.targets = targets
        self.must_scan = must_scan
        self.timeout = timeout
        self.outcome = Outcome()
        self._process: subprocess.Popen[bytes] | None = None
        self._workdir = Path(tempfile.mkdtemp(prefix="guidelint-semgrep-"))
        self._unregister = signals.register(self.stop)
        self._by_mirror: dict[str, Target] = {}
        executable = find_semgrep()
        if executable is None:
            self._fail("semgrep is not installed (pip install semgrep)")
            return
        mirror = self._workdir / "t"
        for index, target in enumerate(targets):
            name = _mirror_name(index, target)
            path = mirror / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(_for_grammar(target))
            self._by_mirror[f"t/{name}"] = target
        config = self._workdir / "rules.json"
        config.write_text(json.dumps({"rules": list(rules.values())}), encoding="utf-8")
        ocaml = sum(len(t.data) for t in targets) <= OCAML_MAX_BYTES
        command = [
            executable,
            "scan",
            *(["--experimental"] if ocaml else []),
            "--config",
            str(config),
            "--json",
            "--metrics=off",
            "--disable-version-check",
            "--no-git-ignore",
            "--x-ignore-semgrepignore-files",
            "--disable-nosem",  # a `// nosemgrep` comment is no suppression: guidelint's need a rule and a reason
            "--no-rewrite-rule-ids",
            "--scan-unknown-extensions",
            "--max-target-bytes",
            "10000000",
            "--timeout",  # per rule and file: a pathological file costs itself, named, not the whole run
            str(RULE_TIMEOUT),
            "--timeout-threshold",
            str(TIMEOUT_THRESHOLD),
            "--max-memory",
            str(MAX_MEMORY_MB),
            "--jobs",
            str(max(1, jobs)),
            "t",
        ]
        env = {
            **os.environ,
            "SEMGREP_SEND_METRICS": "off",
            "SEMGREP_ENABLE_VERSION_CHECK": "0",
            "SEMGREP_USER_DATA_FOLDER": str(self._workdir / "home"),
        }
        try:
            self._process = subprocess.Popen(  # a session of its own: a timeout kills semgrep and its children
                command,
                cwd=self._workdir,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                env=env,
                start_new_session=True,
            )
        except OSError as exc:
            self._fail(f"semgrep could not be started: {exc}")

    def _fail(self, reason: str) -> None:
        files = ", ".join(t.rel for t in self.targets[:5]) + (" ..." if len(self.targets) > 5 else "")
        self.outcome.engine_problems.append(
            Problem(
                "semgrep",
                f"{reason}; {len(self.targets)} file(s) not checked: {files}",
                ENGINE,
                is_file=False,
            )
        )

    def done(self) -> bool:
        return self._process is None or self._process.poll() is not None

    def finish(self) -> Outcome:
        try:
            if self._process is not None:
                self._collect(self._process)
            return self.outcome
        finally:
            self.stop()

    def stop(self) -> None:
        """Kill semgrep's whole process group (pysemgrep, semgrep-core) and remove the temporary directory."""
        self._unregister()
        if self._process is not None and self._process.poll() is None:
            with contextlib.suppress(OSError):  # already gone
                os.killpg(self._process.pid, signal.SIGKILL)
            self._process.wait()
        shutil.rmtree(self._workdir, ignore_errors=True)

    def _collect(self, process: subprocess.Popen[bytes]) -> None:
        try:
            stdout, stderr = process.communicate(timeout=self.timeout)
        except subprocess.TimeoutExpired:
            self.stop()  # a grandchild holding the pipe cannot keep the scan waiting
            self._fail(f"semgrep timed out after {self.timeout:g} s")
            return
        try:
            # semgrep quotes a file's own bytes in its messages (a syntax error in a Latin-1 or UTF-16 file):
            # its report is read as the text it is, so that one such file costs itself, not the whole run
            report = json.loads(stdout.decode("utf-8", errors="replace"))
        except ValueError:
            tail = stderr.decode(errors="replace").strip().splitlines()[-3:]
            self._fail(f"semgrep failed (exit {process.returncode}): {' / '.join(tail) or 'no output'}")
            return
        for error in report.get("errors", []):
            self._error(error)
        if process.returncode not in (0, 1) and not self.outcome.engine_problems:
            self._fail(f"semgrep exited with {process.returncode}")
        scanned = set(report.get("paths", {}).get("scanned", []))
        for mirror_path, target in self._by_mirror.items():
            # a file only path-filtered rules apply to may legitimately go unscanned
            if mirror_path not in scanned and target.language in self.must_scan and not self.outcome.engine_problems:
                self._add_problem(target.rel, "semgrep skipped this file")
        lines: dict[str, list[str]] = {}
        for result in report.get("results", []):
            matched = self._by_mirror.get(result.get("path", ""))
            if matched is not None:
                if matched.rel not in lines:
                    lines[matched.rel] = _lines(matched)
                self.outcome.hits.setdefault(matched.rel, []).append(_hit(result, matched, lines[matched.rel]))

    def _error(self, error: dict[str, Any]) -> None:
        path = error.get("path")
        target = self._by_mirror.get(path) if isinstance(path, str) else None
        kind = error.get("type")
        kind_name = kind[0] if isinstance(kind, list) and kind else str(kind)
        message = " ".join(str(error.get("message", kind_name)).split())
        if len(message) > MAX_MESSAGE:  # a syntax error quotes the whole unparsed region: its start is enough
            message = message[: MAX_MESSAGE - 3].rstrip() + "..."
        if target is not None:
            line = 0
            spans = error.get("spans") or []
            if spans and isinstance(spans[0], dict):
                line = int(spans[0].get("start", {}).get("line", 0))
            message = message.replace(f"{path}:", "").replace(str(path), target.rel)
            parsing = (
                "" if kind_name not in SYNTAX_KINDS else PARTLY_PARSED if kind_name == "PartialParsing" else SYNTAX
            )
            if parsing and target.language == "yaml" and _unloadable_yaml(target.data):
                self._add_problem(target.rel, f"{NOT_YAML_REASON}: {message}", line, NOT_YAML)
                return
            self._add_problem(target.rel, f"semgrep could not fully check it ({kind_name}): {message}", line, parsing)
        else:
            rule = error.get("rule_id")
            what = f"semgrep rule {rule}" if rule else "semgrep"
            self.outcome.engine_problems.append(Problem(what, f"{kind_name}: {message}", ENGINE, is_file=False))

    def _add_problem(self, rel: str, reason: str, line: int = 0, kind: str = "") -> None:
        self.outcome.problems.setdefault(rel, []).append(Problem(rel, reason, ENGINE, line, kind=kind))


def _lines(target: Target) -> list[str]:
    return physical_lines(target.data.decode("utf-8", errors="replace"))


def _hit(result: dict[str, Any], target: Target, lines: list[str]) -> Hit:
    """A semgrep result as a Hit; `lines` are the target's (`_lines`), split once for all its results."""
    start, end = result["start"], result["end"]
    first, last = int(start["line"]), int(end["line"])
    snippet = "\n".join(lines[first - 1 : min(last, first + MAX_SNIPPET_LINES - 1)])
    matched = target.data[int(start.get("offset", 0)) : int(end.get("offset", 0))].decode("utf-8", errors="replace")
    return Hit(
        rule=result["check_id"],
        line=first,
        column=_column(target.data, start),
        end_line=last,
        end_column=_column(target.data, end),
        snippet=snippet,
        normalized=normalize_code(matched or snippet),
        engine=ENGINE,
        message=" ".join(str(result.get("extra", {}).get("message", "")).split()),
    )


def _column(data: bytes, position: dict[str, Any]) -> int:
    """The 1-based column in characters of a semgrep position (semgrep counts bytes: an accented letter or a
    CJK character before the match would shift every column of the line to the right)."""
    offset = position.get("offset")
    if not isinstance(offset, int) or not 0 <= offset <= len(data):
        return int(position["col"])
    line_start = data.rfind(b"\n", 0, offset) + 1
    return len(data[line_start:offset].decode("utf-8", errors="replace")) + 1


@dataclass
class Routing:
    """Which of the rules run in this process (engines/text.py) and which need semgrep."""

    # with their languages and needles (none: every file of those languages)
    text_rules: list[tuple[TextRule, set[str], tuple[bytes, ...]]] = field(default_factory=list)
    rules: dict[str, dict[str, Any]] = field(default_factory=dict)  # for semgrep, by id
    semgrep_languages: set[str] = field(default_factory=set)
    unfiltered: set[str] = field(default_factory=set)  # languages with a semgrep rule for every file of them
    # per language, the needles one of which a file must hold for a semgrep rule to match in it (a language
    # with a semgrep rule that names no needles is absent: its files always go to semgrep)
    needles: dict[str, set[bytes]] = field(default_factory=dict)
    unneedled: set[str] = field(default_factory=set)
    # the whole rules with `costly:` clauses, by id: run (second pass) only where their cheap form matched
    second: dict[str, dict[str, Any]] = field(default_factory=dict)

    def for_semgrep(self, target: Target) -> bool:
        """Whether a semgrep rule could match in this file: its language has one and, when every such rule
        names needles, one of them occurs in it (a file none occurs in is not given to semgrep's parser)."""
        if target.language not in self.semgrep_languages:
            return False
        if target.language in self.unneedled:
            return True
        return target.holds(self.needles.get(target.language, ()))


class SemgrepEngine:
    """The pack's semgrep rules, ready to run over a batch of targets."""

    name = ENGINE

    def __init__(
        self, rules: Iterable[Any], timeout: float = 600.0, jobs: int = 0, text: bool = True, two_pass: bool = True
    ) -> None:
        # each rule's semgrep body, its languages and its needles (None: it names none)
        self.bodies: list[tuple[dict[str, Any], set[str], list[str] | None]] = []
        self.cheap: dict[str, dict[str, Any]] = {}  # a rule's first pass where it marks clauses `costly:`
        self.languages: set[str] = set()
        for rule in rules:
            body = dict(rule.impl)
            needles = body.pop(NEEDLES, None)
            body["id"] = rule.meta.id
            body.setdefault("severity", _SEMGREP_SEVERITY[rule.meta.severity])
            body.setdefault("message", rule.meta.message)
            body, cheap = split(body)
            if cheap is not None and two_pass:
                self.cheap[body["id"]] = cheap
            languages = rule_targets(body)
            self.languages |= languages
            self.bodies.append((body, languages, needles))
        self.text = text
        self.timeout = timeout
        self.jobs = jobs or usable_cpus()

    def wants(self, language: str) -> bool:
        return language in self.languages

    @functools.cached_property
    def routing(self) -> Routing:
        """Decided when the rules first run, not when the engine is made: a scan without a file of their
        languages (a commit of Python files) compiles none of their regexes."""
        routing = Routing()
        for body, languages, needles in self.bodies:
            plain = compile_rule(body["id"], body) if self.text else None
            if plain is not None:
                routing.text_rules.append((plain, languages, tuple(n.lower().encode() for n in needles or ())))
                continue
            semgrep_body = as_generic(body)
            cheap = self.cheap.get(body["id"])
            routing.rules[body["id"]] = semgrep_body if cheap is None else as_generic(cheap)
            if cheap is not None:
                routing.second[body["id"]] = semgrep_body
            routing.semgrep_languages |= languages
            for language in languages:
                if needles is None:
                    routing.unneedled.add(language)
                else:
                    routing.needles.setdefault(language, set()).update(n.lower().encode() for n in needles)
            if "paths" not in semgrep_body:
                routing.unfiltered |= languages
        return routing

    def start(self, targets: list[Target]) -> Run:
        """semgrep in the background for the files a rule needs it for; the text rules run in `finish()`."""
        routing = self.routing
        for_semgrep = [t for t in targets if routing.for_semgrep(t)]
        started = (
            SemgrepRun(routing.rules, for_semgrep, self.timeout, self.jobs, routing.unfiltered) if for_semgrep else None
        )
        return Run(routing.text_rules, targets, started, routing.second, self.timeout, self.jobs)


class Run:
    """One scan's semgrep rules over its targets: the text rules in this process, the others in semgrep."""

    def __init__(
        self,
        text_rules: list[tuple[TextRule, set[str], tuple[bytes, ...]]],
        targets: list[Target],
        semgrep: SemgrepRun | None,
        second: dict[str, dict[str, Any]] | None = None,
        timeout: float = 600.0,
        jobs: int = 1,
    ) -> None:
        self.text_rules = text_rules
        self.targets = targets
        self.semgrep = semgrep
        self.second = second or {}
        self.timeout = timeout
        self.jobs = jobs

    def finish(self) -> Outcome:
        outcome = Outcome()
        first: Outcome | None = None
        second: SemgrepRun | None = None
        try:
            if self.semgrep is not None and self.semgrep.done():  # the second pass beside the text rules
                first = self.semgrep.finish()
                second = self._second_pass(first)
            for target in self.targets:
                self._match(target, outcome)
        finally:
            try:
                if self.semgrep is not None and first is None:
                    first = self.semgrep.finish()
                    second = self._second_pass(first)
                if first is not None:
                    _merge(outcome, first)
                if second is not None:
                    _merge(outcome, second.finish(), again=True)
            finally:
                if second is not None:
                    second.stop()
        return outcome

    def _second_pass(self, first: Outcome) -> SemgrepRun | None:
        """The whole rules that mark `costly:` clauses, on the files where their cheap form matched (its own
        hits dropped): a file where the cheap form matched nothing holds no match of the whole rule."""
        candidates: set[str] = set()
        for rel, hits in first.hits.items():
            if any(hit.rule in self.second for hit in hits):
                candidates.add(rel)
                first.hits[rel] = [hit for hit in hits if hit.rule not in self.second]
        if not candidates or first.engine_problems:  # a failed first pass is already a scan not checked
            return None
        targets = [t for t in self.targets if t.rel in candidates]
        return SemgrepRun(self.second, targets, self.timeout, self.jobs, {t.language for t in targets})

    def _match(self, target: Target, outcome: Outcome) -> None:
        rules = [
            rule
            for rule, languages, needles in self.text_rules  # needles: one of them is in every match
            if target.language in languages and (not needles or target.holds(needles))
        ]
        if not rules:
            return
        text = target.data.decode("utf-8", errors="surrogateescape")
        for rule in rules:
            try:
                with time_limit(TEXT_TIMEOUT):
                    ranges = rule.matches(text)
            except TextTimeout:
                reason = f"rule {rule.id} took over {TEXT_TIMEOUT:g} s on it (not checked by that rule)"
                outcome.problems.setdefault(target.rel, []).append(Problem(target.rel, reason, ENGINE))
                continue
            position = positions(text, target.data, [i for r in ranges for i in r])
            lines = _lines(target) if ranges else []
            for start, end in ranges:
                result = {
                    "check_id": rule.id,
                    "start": position[start],
                    "end": position[end],
                    "extra": {"message": rule.message},
                }
                outcome.hits.setdefault(target.rel, []).append(_hit(result, target, lines))


def _merge(outcome: Outcome, ran: Outcome, again: bool = False) -> None:
    """A semgrep pass's outcome into the scan's; `again` (the second pass): a file's problem already reported
    (a syntax error met again) is not repeated."""
    outcome.engine_problems.extend(ran.engine_problems)
    for rel, hits in ran.hits.items():
        outcome.hits.setdefault(rel, []).extend(hits)
    for rel, problems in ran.problems.items():
        known = outcome.problems.setdefault(rel, [])
        known.extend(p for p in problems if not again or p not in known)


# --- the engine in the registry ---------------------------------------------------------------------------

_PATTERN_KEYS = ("pattern", "patterns", "pattern-either", "pattern-regex", "match", "taint", "mode")


class Semgrep(Engine):
    name = ENGINE
    folder = "semgrep"
    rank = 1
    distributions: tuple[str, ...] = ("semgrep",)

    def load(self, pack: str, root: Path) -> list[PackRule]:
        from guidelint.packfiles import PackError, PackRule, data_rules

        rules = []
        for path, data, meta, examples in data_rules(pack, root, self.folder, python=False):
            if not isinstance(data.get("languages"), list) or not any(k in data for k in _PATTERN_KEYS):
                raise PackError(
                    f"pack {pack}: {path}: {meta.id} needs `languages:` and a pattern (semgrep rule syntax)"
                )
            needles = data.get(NEEDLES)
            if needles is not None and (
                not isinstance(needles, list)
                or not needles
                or not all(isinstance(n, str) and n and n.isascii() for n in needles)
            ):
                raise PackError(f"pack {pack}: {path}: {meta.id}: `{NEEDLES}:` is a list of ASCII substrings")
            impl = {k: v for k, v in data.items() if k not in ("metadata", "examples")}
            try:
                split(impl)
            except CostlyError as exc:
                raise PackError(f"pack {pack}: {path}: {meta.id}: {exc}") from None
            rules.append(PackRule(meta, self.name, path, examples, impl))
        return rules

    def run_examples(self, rules: Sequence[PackRule], models: Models) -> ExampleResults:
        """Every example of these rules in one semgrep run (semgrep takes seconds to start)."""
        from guidelint.files import language_of
        from guidelint.rulehelp import strip_marks

        targets, owner = [], {}
        for rule in rules:
            for example in rule.examples:
                rel = f"{rule.meta.id}/{example.kind}/{example.filename}"
                template = rule_targets(rule.impl) == {"template"}
                language = "template" if template else language_of(Path(example.filename)) or "dotenv"
                # markers are stripped (line numbers stay): semgrep's Dockerfile parser drops the rest of a file
                # after a trailing comment on ADD/COPY lines
                targets.append(Target(rel, language, strip_marks(example.code).encode()))
                owner[rel] = (rule.meta.id, example.kind)
        whole = SemgrepEngine(rules, two_pass=False)  # each rule whole, in one pass
        for rule_id, cheap in SemgrepEngine(rules).cheap.items():  # and the first pass of those with costly:
            whole.routing.rules[rule_id + CHEAP] = as_generic({**cheap, "id": rule_id + CHEAP})
        outcome = whole.start(targets).finish()
        results: ExampleResults = {key: ([], list(outcome.engine_problems)) for key in owner.values()}
        for rel, key in owner.items():
            found = outcome.hits.get(rel, [])
            hits = [h for h in found if h.rule == key[0]]
            problems = results[key][1] + outcome.problems.get(rel, [])
            if hits and key[0] + CHEAP in whole.routing.rules and not any(h.rule == key[0] + CHEAP for h in found):
                why = "the rule without its costly: clauses finds nothing here, so a scan would not report it"
                problems.append(Problem(rel, why, ENGINE))
            results[key] = (hits, problems)
        return results

    def validate(self, rule: PackRule, models: Models) -> list[str]:
        if not rule_targets(rule.impl):
            return [f"languages {rule.impl.get('languages')} match no file type guidelint selects"]
        needles = [n.lower() for n in rule.impl.get(NEEDLES) or ()]
        return [
            f"no needle of {NEEDLES}: occurs in the flagged example {example.filename}: semgrep would never see it"
            for example in rule.examples
            if needles and example.kind == "flagged" and not any(n in example.code.lower() for n in needles)
        ]

    def runs_on(self, language: str) -> bool:
        return language != "python"  # Python is checked by the other engines

    def scaffold(self, rule_id: str, slug: str, values: dict[str, Any], language: str, bandit: str) -> tuple[str, str]:
        from guidelint.scaffold import EXAMPLE_FILES, SEMGREP

        example_file, comment = EXAMPLE_FILES.get(language, ("example.txt", "#"))
        text = SEMGREP.format(**values, language=language, example_file=example_file, comment=comment)
        return f"{self.folder}/{rule_id.lower()}_{slug}.yaml", text


SEMGREP = Semgrep()
