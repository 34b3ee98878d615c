"""The result of a scan: what every report renders (reports depend on this and the finding model only)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from guidelint.model import Clause, Finding, PackInfo, Problem, RuleDoc, Severity
from guidelint.suppressions import Directive
from guidelint.waivers import Waiver


@dataclass
class ScanResult:
    """Everything a report needs: the findings, what was not checked, and the rules and packs that ran."""

    root: Path  # paths of findings are relative to this folder
    fail_on: Severity
    packs: list[PackInfo] = field(default_factory=list)
    clauses: dict[str, Clause] = field(default_factory=dict)
    rules: list[RuleDoc] = field(default_factory=list)  # the enabled rules, by id
    titles: dict[str, str] = field(default_factory=dict)  # every rule of the active packs: id -> title
    policy: str = ""  # the CSIRT policy file the scan was held to ("" when none)
    weakenings: list[str] = field(default_factory=list)  # what the repository's configuration switched off
    config_file: str = ""  # the configuration file the weakenings come from
    findings: list[Finding] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    notes: list[Problem] = field(default_factory=list)  # partial checks the configuration accepts
    files: int = 0
    cached: int = 0
    directives: dict[str, list[Directive]] = field(default_factory=dict)  # inline suppressions per file
    waivers: list[Waiver] = field(default_factory=list)
    waivers_file: str = ""
    docs: dict[str, str] = field(default_factory=dict)  # rule id -> URL of its published page
    skipped: dict[str, int] = field(default_factory=dict)  # files and directories left out, by reason
    skipped_paths: list[tuple[str, str]] = field(default_factory=list)  # (path, reason) of each listed skip
    rules_by_engine: dict[str, int] = field(default_factory=dict)  # enabled rules per engine
    engines_run: list[str] = field(default_factory=list)  # engines that had rules and files to check
    sources: dict[str, str] = field(default_factory=dict)  # text of files read from standard input, by path
    cells: dict[str, dict[int, str]] = field(default_factory=dict)  # a notebook's code cells, by path and number

    @property
    def blocking(self) -> list[Finding]:
        return [f for f in self.findings if f.blocking and not f.suppressed]

    @property
    def exit_code(self) -> int:
        if self.problems:
            return 2
        return 1 if self.blocking else 0
