"""The finding model shared by every engine and reporter."""

from __future__ import annotations

import dataclasses
import enum
import hashlib
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any


class Severity(enum.IntEnum):
    """How bad a violation is; the order is used for `fail-on` thresholds."""

    LOW = 1
    MEDIUM = 2
    HIGH = 3
    CRITICAL = 4

    @property
    def label(self) -> str:
        return self.name.lower()

    @property
    def security_severity(self) -> str:
        """GitHub code scanning score: >=9 critical, 7-8.9 high, 4-6.9 medium, <4 low."""
        return {1: "3.0", 2: "5.5", 3: "8.0", 4: "9.5"}[self.value]

    @classmethod
    def parse(cls, text: str) -> Severity:
        try:
            return cls[text.upper()]
        except KeyError:
            raise ValueError(f"unknown severity {text!r} (expected one of {', '.join(SEVERITIES)})") from None


SEVERITIES = tuple(s.label for s in Severity)


class Confidence(enum.IntEnum):
    """How sure the rule is that a match is a real violation."""

    LOW = 1
    MEDIUM = 2
    HIGH = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> Confidence:
        try:
            return cls[text.upper()]
        except KeyError:
            raise ValueError(f"unknown confidence {text!r} (expected low, medium or high)") from None


TEST_MODES = ("warn", "block", "skip")
RULE_ID_RE = re.compile(r"^[A-Z][A-Z0-9]{1,5}[0-9]{3}$")
OWASP_RE = re.compile(r"^A(0[1-9]|10):2021-[A-Za-z ,-]+$")


@dataclass(frozen=True)
class RuleMeta:
    """Everything a user, a report and the CSIRT know about a rule, whatever its engine."""

    id: str
    clause: str
    title: str
    severity: Severity
    confidence: Confidence
    cwe: tuple[int, ...]
    owasp: str
    message: str
    rationale: str
    remediation: str
    references: tuple[str, ...] = ()
    suppressible: bool = True
    blocks_from: date | None = None
    tests: str = "warn"  # in test code: "warn" (reported, never blocking), "block" (as anywhere) or "skip"

    @classmethod
    def of(cls, **fields: Any) -> RuleMeta:
        """Build from plain values (severity names, CWE lists, ISO dates), as packs write them."""
        data = dict(fields)
        try:
            data["severity"] = Severity.parse(str(data["severity"]))
            data["confidence"] = Confidence.parse(str(data.get("confidence", "medium")))
            data["cwe"] = tuple(int(str(c).upper().removeprefix("CWE-")) for c in data.get("cwe", ()))
            data["references"] = tuple(data.get("references", ()))
            blocks = data.get("blocks_from")
            if isinstance(blocks, str):
                data["blocks_from"] = date.fromisoformat(blocks)
        except KeyError as exc:
            raise ValueError(f"rule {data.get('id', '?')}: missing {exc.args[0]}") from None
        except ValueError as exc:
            raise ValueError(f"rule {data.get('id', '?')}: {exc}") from None
        unknown = set(data) - {f.name for f in dataclasses.fields(cls)}
        if unknown:
            raise ValueError(f"rule {data.get('id', '?')}: unknown metadata {', '.join(sorted(unknown))}")
        return cls(**data)

    def classification(self) -> dict[str, Any]:
        """The rule's clause, title and classification as the JSON outputs write them."""
        return {
            "clause": self.clause,
            "title": self.title,
            "severity": self.severity.label,
            "confidence": self.confidence.label,
            "cwe": [f"CWE-{n}" for n in self.cwe],
            "owasp": self.owasp,
        }

    def __post_init__(self) -> None:
        problems = []
        if self.tests not in TEST_MODES:
            problems.append(f"tests {self.tests!r} must be one of {', '.join(TEST_MODES)}")
        if not RULE_ID_RE.match(self.id):
            problems.append(f"id {self.id!r} must be 2-6 capitals/digits then 3 digits, e.g. INP101")
        if not self.cwe:
            problems.append("at least one CWE id is required")
        if not OWASP_RE.match(self.owasp):
            problems.append(f"owasp {self.owasp!r} must look like 'A03:2021-Injection'")
        for name in ("clause", "title", "message", "rationale", "remediation"):
            if not getattr(self, name).strip():
                problems.append(f"{name} must not be empty")
        if problems:
            raise ValueError(f"rule {self.id}: " + "; ".join(problems))


@dataclass(frozen=True)
class Fix:
    """A replacement of the text between two offsets of the file (0-based, end exclusive)."""

    start: int
    end: int
    replacement: str
    description: str


@dataclass(frozen=True)
class CellPlace:
    """Where a finding in a Jupyter notebook's Python is: the cell (its position among all the notebook's
    cells, from 1) and the lines in it (the finding's own `line` is the line of the .ipynb file)."""

    number: int
    line: int
    end_line: int

    def to_json(self) -> dict[str, int]:
        return dataclasses.asdict(self)


@dataclass(frozen=True)
class Hit:
    """What an engine reports for one file, before rule metadata and policy are attached (cacheable)."""

    rule: str
    line: int
    column: int  # 1-based
    end_line: int
    end_column: int  # 1-based, exclusive
    snippet: str
    normalized: str
    engine: str
    message: str = ""
    fix: Fix | None = None
    flow: tuple[FlowStep, ...] = ()
    # the rule saw in the code that this occurrence cannot do the harm its severity is for (a template
    # engine without HTML escaping that renders no HTML): reported, never blocking; the message says why
    advisory: bool = False
    # what is live wherever it is committed (a real-looking cloud key in a test fixture): blocking in test
    # code too, whatever the rule's `tests` setting says
    blocks_in_tests: bool = False
    cell: CellPlace | None = None  # in a notebook's Python: the cell and its lines (guidelint.notebooks)

    def to_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Hit:
        fix = data.get("fix")
        flow = tuple(FlowStep(**step) for step in data.get("flow", ()))
        cell = data.get("cell")
        return cls(
            **{**data, "fix": Fix(**fix) if fix else None, "flow": flow, "cell": CellPlace(**cell) if cell else None}
        )


@dataclass
class Finding:
    """One violation of one rule at one place."""

    rule: RuleMeta
    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    snippet: str
    engines: list[str]
    message: str = ""
    normalized: str = ""
    fingerprint: str = ""
    blocking: bool = False
    blocks_from: date | None = None
    fix: Fix | None = None
    flow: list[FlowStep] = field(default_factory=list)
    suppression: Suppression | None = None
    test_code: bool = False  # in the project's test code (`test-paths`): the rule's `tests` decided `blocking`
    cell: CellPlace | None = None  # in a notebook's Python: the cell, and the lines in it

    @property
    def text(self) -> str:
        return self.message or self.rule.message

    @property
    def suppressed(self) -> bool:
        return self.suppression is not None

    def to_json(self) -> dict[str, Any]:
        meta = self.rule
        return {
            "rule": meta.id,
            **meta.classification(),
            "message": self.text,
            "remediation": meta.remediation,
            "path": self.path,
            # in a notebook's Python, as ruff reports it: the cell, and the lines in it
            "cell": self.cell.number if self.cell else None,
            "start": {"line": self.cell.line if self.cell else self.line, "column": self.column},
            "end": {"line": self.cell.end_line if self.cell else self.end_line, "column": self.end_column},
            "snippet": self.snippet,
            "fingerprint": self.fingerprint,
            "engines": list(self.engines),
            "blocking": self.blocking,
            "blocks_from": self.blocks_from.isoformat() if self.blocks_from else None,
            "test_code": self.test_code,
            "fix": None if self.fix is None else {"description": self.fix.description},
            "flow": [step.to_json() for step in self.flow],
            "suppression": None if self.suppression is None else self.suppression.to_json(),
        }


@dataclass(frozen=True)
class FlowStep:
    """One step of a data flow from a source to a sink."""

    line: int
    column: int
    note: str

    def to_json(self) -> dict[str, Any]:
        return {"line": self.line, "column": self.column, "note": self.note}


@dataclass(frozen=True)
class Suppression:
    """Why a finding does not count: an inline suppression, a waiver or the baseline."""

    kind: str  # "inline" | "waiver" | "baseline"
    reason: str
    approver: str = ""
    expires: date | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "reason": self.reason,
            "approver": self.approver or None,
            "expires": self.expires.isoformat() if self.expires else None,
        }


@dataclass(frozen=True)
class Problem:
    """Something that was not checked, or a setup error: makes the scan exit 2, unless it is of a `kind` the
    configuration accepts as partly checked (verdicts.sort_problems)."""

    what: str  # the file, rule, pack or engine concerned
    reason: str
    engine: str = ""
    line: int = 0
    is_file: bool = True
    kind: str = ""  # one of the kinds below; "" for any other problem

    def __str__(self) -> str:
        where = f"{self.what}:{self.line}" if self.line else self.what
        by = f" [{self.engine}]" if self.engine else ""
        return f"{where}: not checked{by}: {self.reason}"

    def to_json(self) -> dict[str, Any]:
        return {
            "what": self.what,
            "line": self.line or None,
            "engine": self.engine or None,
            "reason": self.reason,
            "kind": self.kind or None,
        }


# Problem kinds: what the scan decides by (the reason is for people)
SYNTAX = "syntax"  # an engine's parser could not read the file: that engine checked nothing in it
PARTLY_PARSED = "partly-parsed"  # the parser recovered from an error: the rest of the file was checked
NOT_YAML = "not-yaml"  # a .yaml file no YAML parser accepts: its YAML rules do not apply, its text rules ran
INTERNAL = "internal"  # a bug in guidelint or a rule, or a checking process that died
TIME_LIMIT = "time-limit"  # the file's time limit ran out
MEMORY_LIMIT = "memory-limit"  # the process checking the file passed the memory limit
PYTHON2 = "python2"  # Python 2 source: Python 3 stops at a construct only Python 2 has
CHANGED = "changed"  # the file changed between its selection and its check: what was selected is not checked

_SPACE = re.compile(r"\s+")
_AROUND_PUNCTUATION = re.compile(r" ?([()\[\]{},:;.=+\-*/%<>!&|^~@]) ?")


def normalize_code(code: str) -> str:
    """Layout-insensitive form of a code fragment (a reformat keeps it), used for fingerprints."""
    return _AROUND_PUNCTUATION.sub(r"\1", _SPACE.sub(" ", code)).strip()


# CWE siblings that describe the same weakness (used to merge one problem found by two engines)
_CWE_FAMILY = {
    326: 327,
    328: 327,
    916: 327,
    77: 78,
    95: 94,
    338: 330,
    23: 22,
    36: 22,
    73: 22,
    259: 798,
    321: 798,
    611: 611,
    1333: 400,
    1088: 400,
}


def cwe_family(number: int) -> int:
    return _CWE_FAMILY.get(number, number)


def merge_duplicates(findings: list[Finding], rank: Callable[[str], int]) -> list[Finding]:
    """The same problem found by two rules (engines) on one line and CWE family is reported once.

    The most severe finding is kept (then the engine of lowest `rank`: our own rules before semgrep and
    bandit) and names every engine that found it, with the flow of one that has it (a name-based rule kept
    over the dataflow still shows where the value goes); repeated findings of one rule on a line stay separate.
    """
    kept: list[Finding] = []
    seen: dict[tuple[str, int, int, int, int], Finding] = {}
    ranked = sorted(findings, key=lambda f: (-f.rule.severity, rank(f.engines[0]), f.rule.id))
    for finding in ranked:
        families = {cwe_family(n) for n in finding.rule.cwe}
        # in a notebook's Python, the line in its cell too: a cell written as one JSON string is on one line
        cell = (finding.cell.number, finding.cell.line) if finding.cell else (0, 0)
        where = (finding.path, finding.line, *cell)
        twin = next((seen[key] for fam in families if (key := (*where, fam)) in seen), None)
        if twin is not None and twin.rule.id != finding.rule.id:
            for engine in finding.engines:
                if engine not in twin.engines:
                    twin.engines.append(engine)
            if not twin.flow and finding.flow:  # the dataflow's account of the same problem
                twin.flow = finding.flow
            continue
        kept.append(finding)
        for fam in families:
            seen.setdefault((*where, fam), finding)
    return kept


def assign_fingerprints(findings: list[Finding]) -> None:
    """Fingerprint = rule + path + normalised code + occurrence index (stable when code moves)."""
    seen: dict[tuple[str, str, str], int] = {}
    for f in sorted(findings, key=lambda f: (f.path, f.line, f.column, f.rule.id)):
        key = (f.rule.id, f.path, f.normalized or normalize_code(f.snippet))
        index = seen.get(key, 0)
        seen[key] = index + 1
        digest = hashlib.sha256("\x1f".join((*key, str(index))).encode()).hexdigest()
        f.fingerprint = digest[:32]


def today() -> date:
    """The date staged enforcement and waiver expiry are judged by (GUIDELINT_TODAY=YYYY-MM-DD pins it)."""
    pinned = os.environ.get("GUIDELINT_TODAY")
    return date.fromisoformat(pinned) if pinned else date.today()


# --- what a pack says about its rules, as reports and docs show it ------------------------------------------


@dataclass(frozen=True)
class Clause:
    """One numbered requirement of the Security Guidelines."""

    id: str
    area: str
    title: str
    requirement: str
    why: str


@dataclass(frozen=True)
class Example:
    """Code a rule must flag exactly on the `expect`-marked lines (or, for `safe`, nowhere)."""

    kind: str  # "flagged" | "safe"
    language: str
    code: str
    expected: tuple[int, ...]
    source: str  # where the example is written, for failure messages
    filename: str = ""  # the file name the example is checked as (decides the language for semgrep)


@dataclass(frozen=True)
class RuleDoc:
    """A rule as a report documents it: its metadata, the engine that runs it and its examples."""

    meta: RuleMeta
    engine: str
    examples: tuple[Example, ...] = ()
    fixed: str | None = None  # the flagged example after `guidelint fix`


@dataclass(frozen=True)
class PackInfo:
    """A pack's name and version, as a report names it."""

    name: str
    version: str
