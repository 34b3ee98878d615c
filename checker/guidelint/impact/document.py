"""The impact report as data (format `guidelint-impact/1`, documented in docs/impact-report.md): per
repository the findings the new pack adds, removes and changes in blocking status; across the estate the
counts per rule and clause, the rules that found nothing, and the staged-enforcement dates ahead."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date
from typing import Any

from guidelint import __version__
from guidelint.pack import Pack, PackError, PackRule, builtin_pack_dir, load_pack

FORMAT = "guidelint-impact/1"
CHANGES = ("added", "removed", "now_blocking", "no_longer_blocking")


def merge(repo: str, parts: list[dict[str, Any]]) -> dict[str, Any]:
    """The batches of one repository as one result (findings reported once per batch, such as an expired
    waiver, are kept once)."""
    merged: dict[str, Any] = {"repo": repo, "problems": sorted({p for part in parts for p in part["problems"]})}
    for label in ("old", "new"):
        sides = [part[label] for part in parts if part[label] is not None]
        if len(sides) < len(parts):
            merged[label] = None
            continue
        findings = {f["fingerprint"]: f for side in sides for f in side["findings"]}
        merged[label] = {"files": sum(s["files"] for s in sides), "findings": list(findings.values())}
    return merged


def repository(merged: dict[str, Any]) -> dict[str, Any]:
    """One repository's entry: its counts under both packs and what changes between them."""
    old = {f["fingerprint"]: f for f in (merged["old"] or {}).get("findings", [])}
    new = {f["fingerprint"]: f for f in (merged["new"] or {}).get("findings", [])}
    both = [k for k in new if k in old]
    changes = {
        "added": [new[k] for k in new if k not in old],
        "removed": [old[k] for k in old if k not in new],
        "now_blocking": [new[k] for k in both if new[k]["blocking"] and not old[k]["blocking"]],
        "no_longer_blocking": [new[k] for k in both if old[k]["blocking"] and not new[k]["blocking"]],
    }
    checked = not merged["problems"] and merged["old"] is not None and merged["new"] is not None
    old_blocking = sum(f["blocking"] for f in old.values())
    new_blocking = sum(f["blocking"] for f in new.values())
    staged = Counter(f["blocks_from"] for f in new.values() if f["blocks_from"])
    return {
        "repo": merged["repo"],
        "status": "checked" if checked else "not_checked",
        "not_checked": merged["problems"],
        "files": (merged["new"] or {}).get("files", 0),
        "old": {"findings": len(old), "blocking": old_blocking},
        "new": {"findings": len(new), "blocking": new_blocking},
        "would_newly_fail": checked and old_blocking == 0 and new_blocking > 0,
        "staged": dict(sorted(staged.items())),
        **{name: sorted(found, key=_place) for name, found in changes.items()},
        "_old": list(old.values()),  # for the estate counts; dropped from the document
        "_new": list(new.values()),
    }


def new_blocking(repo: dict[str, Any]) -> list[dict[str, Any]]:
    """A repository's findings that block with the new pack and did not with the old one, by place."""
    return sorted((f for f in repo["added"] + repo["now_blocking"] if f["blocking"]), key=_place)


def _place(finding: dict[str, Any]) -> tuple[str, int, int, str]:
    return finding["path"], finding["line"], finding["column"], finding["rule"]


def _rule_changes(old: Pack, new: Pack) -> dict[str, str]:
    """How each rule of the two pack versions changed: added, removed, changed or unchanged."""
    before = {r.meta.id: r for r in old.rules}
    after = {r.meta.id: r for r in new.rules}

    def same(a: PackRule, b: PackRule) -> bool:
        return a.meta == b.meta and _text(a) == _text(b)

    out = {rule_id: "removed" for rule_id in before.keys() - after.keys()}
    for rule_id, rule in after.items():
        previous = before.get(rule_id)
        out[rule_id] = "added" if previous is None else "unchanged" if same(previous, rule) else "changed"
    return out


def _text(rule: PackRule) -> bytes:
    try:
        return rule.source.read_bytes()
    except OSError:
        return b""


def build(old: Pack, new: Pack, specs: tuple[str, str], on: date, repositories: list[dict[str, Any]]) -> dict[str, Any]:
    """The whole report from the repository entries (sorted by path, so the document is stable)."""
    repositories = sorted(repositories, key=lambda r: r["repo"])
    checked = [r for r in repositories if r["status"] == "checked"]
    rule_change = _rule_changes(old, new)
    meta = {r.meta.id: r.meta for r in old.rules} | {r.meta.id: r.meta for r in new.rules}
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    repos_with: dict[str, set[str]] = defaultdict(set)
    clause_of: dict[str, str] = {rule_id: m.clause for rule_id, m in meta.items()}
    severity_of: dict[str, str] = {rule_id: m.severity.label for rule_id, m in meta.items()}
    for repo in checked:
        for side in ("old", "new"):
            for finding in repo["_" + side]:
                counts[finding["rule"]][side] += 1
        for name in CHANGES:
            for finding in repo[name]:
                counts[finding["rule"]][name] += 1
                clause_of.setdefault(finding["rule"], finding["clause"])
                severity_of.setdefault(finding["rule"], finding["severity"])
        for finding in repo["_new"]:
            repos_with[finding["rule"]].add(repo["repo"])
            clause_of.setdefault(finding["rule"], finding["clause"])
            severity_of.setdefault(finding["rule"], finding["severity"])
            if repo["would_newly_fail"] and finding["blocking"]:
                repos_with["!" + finding["rule"]].add(repo["repo"])
    rules = [
        {
            "rule": rule_id,
            "clause": clause_of[rule_id],
            "severity": severity_of[rule_id],
            "title": meta[rule_id].title if rule_id in meta else "",
            "pack_change": rule_change.get(rule_id),
            "blocks_from": _iso(meta[rule_id].blocks_from) if rule_id in meta and rule_id in rule_change else None,
            "old_findings": counts[rule_id]["old"],
            "new_findings": counts[rule_id]["new"],
            **{name: counts[rule_id][name] for name in CHANGES},
            "repositories": len(repos_with[rule_id]),
            "repositories_newly_failing": len(repos_with["!" + rule_id]),
        }
        for rule_id in sorted(set(counts) | set(rule_change))
    ]
    staged = _staged(new, on, checked)
    for repo in repositories:
        del repo["_old"], repo["_new"]
    return {
        "format": FORMAT,
        "tool": {"name": "guidelint", "version": __version__},
        "date": on.isoformat(),
        "old": _pack(old, specs[0]),
        "new": _pack(new, specs[1]),
        "summary": _summary(repositories),
        "repositories": repositories,
        "rules": rules,
        "silent_rules": [
            r["rule"] for r in rules if r["pack_change"] not in (None, "removed") and r["new_findings"] == 0
        ],
        "staged": staged,
        "clauses": _clauses(rules, [old, new]),
    }


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _pack(pack: Pack, spec: str) -> dict[str, Any]:
    return {"spec": spec, "name": pack.name, "version": pack.version, "rules": len(pack.rules)}


def _summary(repositories: list[dict[str, Any]]) -> dict[str, int]:
    checked = [r for r in repositories if r["status"] == "checked"]
    return {
        "repositories": len(repositories),
        "checked": len(checked),
        "not_checked": len(repositories) - len(checked),
        "would_newly_fail": sum(r["would_newly_fail"] for r in checked),
        "with_new_blocking": sum(any(f["blocking"] for f in r["added"]) or bool(r["now_blocking"]) for r in checked),
        **{name: sum(len(r[name]) for r in checked) for name in CHANGES},
    }


def _staged(new: Pack, on: date, checked: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The new pack's rules that switch to blocking on a date after `on`, and whom they will stop."""
    out = []
    for rule in sorted(new.rules, key=lambda r: (r.meta.blocks_from or date.min, r.meta.id)):
        day = rule.meta.blocks_from
        if day is None or day <= on:
            continue
        hit = [r for r in checked if any(f["rule"] == rule.meta.id and f["blocks_from"] for f in r["_new"])]
        out.append(
            {
                "rule": rule.meta.id,
                "clause": rule.meta.clause,
                "blocks_from": day.isoformat(),
                "findings": sum(1 for r in hit for f in r["_new"] if f["rule"] == rule.meta.id and f["blocks_from"]),
                "repositories": len(hit),
                "repositories_then_failing": sum(1 for r in hit if r["new"]["blocking"] == 0),
            }
        )
    return out


def _clauses(rules: list[dict[str, Any]], packs: list[Pack]) -> list[dict[str, Any]]:
    titles = {cid: c.title for pack in [*_builtin(), *packs] for cid, c in pack.clauses.items()}
    by_clause: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for rule in rules:
        by_clause[rule["clause"]].append(rule)
    fields = ("old_findings", "new_findings", *CHANGES)
    return [
        {
            "clause": clause,
            "title": titles.get(clause, ""),
            "rules": [r["rule"] for r in members],
            **{name: sum(r[name] for r in members) for name in fields},
        }
        for clause, members in sorted(by_clause.items())
    ]


def _builtin() -> list[Pack]:
    try:
        return [load_pack(builtin_pack_dir())]
    except PackError:
        return []
