"""CSIRT waivers: rule, path pattern, optional fingerprint, reason, approver and expiry, in a TOML file.

    [[waiver]]
    rule = "SEC101"
    path = "tests/fixtures/**"
    fingerprint = "3f2a..."        # optional: one finding only
    reason = "Credentials of the throw-away test database"
    approver = "csirt:j.doe"
    expires = 2027-03-31

A waiver applies to rules that are not suppressible inline as well. After its expiry date it no longer
applies, and the scan reports it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from guidelint.config import ConfigError, read_config_text
from guidelint.model import Finding, Suppression
from guidelint.pathpatterns import gitignore_spec
from guidelint.sourcelines import physical_lines
from guidelint.tomlcompat import tomllib

DEFAULT_FILE = "guidelint-waivers.toml"
_FIELDS = {"rule", "path", "fingerprint", "reason", "approver", "expires"}


@dataclass(frozen=True)
class Waiver:
    """An approved, expiring exception: a rule's findings under a path pattern (or one of them, by fingerprint)."""

    rule: str
    path: str
    reason: str
    approver: str
    expires: date
    fingerprint: str
    line: int  # where it is written in the waivers file

    def matches(self, finding: Finding) -> bool:
        if finding.rule.id != self.rule:
            return False
        if self.fingerprint and finding.fingerprint != self.fingerprint:
            return False
        return gitignore_spec([self.path]).match_file(finding.path)

    def to_json(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "path": self.path,
            "fingerprint": self.fingerprint or None,
            "reason": self.reason,
            "approver": self.approver,
            "expires": self.expires.isoformat(),
            "line": self.line,
        }


def load_waivers(path: Path) -> list[Waiver]:
    """Read and validate a waivers file; any mistake is a ConfigError naming the file, entry and field."""
    text = read_config_text(path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    extra = set(data) - {"waiver"}
    if extra:
        raise ConfigError(f"{path}: unknown table {sorted(extra)[0]!r} (expected [[waiver]] entries)")
    lines = [n for n, line in enumerate(physical_lines(text), 1) if line.strip() == "[[waiver]]"]
    waivers = []
    for index, entry in enumerate(data.get("waiver", [])):
        where = f"{path}: waiver #{index + 1}"
        unknown = set(entry) - _FIELDS
        if unknown:
            raise ConfigError(f"{where}: unknown field {sorted(unknown)[0]!r}")
        for name in ("rule", "path", "reason", "approver"):
            if not isinstance(entry.get(name), str) or not entry[name].strip():
                raise ConfigError(f"{where}: `{name}` is required (a non-empty string)")
            if name in ("reason", "approver") and not any(c.isalnum() for c in entry[name]):
                raise ConfigError(f"{where}: `{name}` needs a letter or a digit (not only invisible or punctuation)")
        expires = entry.get("expires")
        if not isinstance(expires, date):
            raise ConfigError(f"{where}: `expires` is required (a date such as 2027-03-31)")
        waivers.append(
            Waiver(
                rule=entry["rule"].strip().upper(),
                path=entry["path"].strip(),
                reason=entry["reason"].strip(),
                approver=entry["approver"].strip(),
                expires=expires,
                fingerprint=str(entry.get("fingerprint", "")).strip(),
                line=lines[index] if index < len(lines) else 0,
            )
        )
    return waivers


def apply_waivers(findings: list[Finding], waivers: list[Waiver], today: date) -> list[Waiver]:
    """Mark waived findings; return the expired waivers (which waive nothing)."""
    expired = [w for w in waivers if w.expires < today]
    active = [w for w in waivers if w.expires >= today]
    for finding in findings:
        if finding.suppressed:
            continue
        waiver = next((w for w in active if w.matches(finding)), None)
        if waiver is not None:
            finding.suppression = Suppression("waiver", waiver.reason, waiver.approver, waiver.expires)
    return expired
