"""`guidelint rules ...` (the CSIRT's pack workflow) and `guidelint explain RULE`."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from guidelint.commands.access import Access, access_options
from guidelint.commands.base import fail, guarded
from guidelint.engines import names as engine_names
from guidelint.engines.libcst import ENGINE as LIBCST
from guidelint.model import Severity
from guidelint.pack import Pack, PackError, PackRule, builtin_pack_dir, load_pack

# --- rules -------------------------------------------------------------------------------------------------


@click.group()
def rules() -> None:
    """List, show and test the rules of the active packs."""


def _all_rules(pack_dirs: tuple[Path, ...], access: Access) -> list[tuple[Pack, PackRule]]:
    """The rules of the packs a scan here would load: the repository's configuration read as `scan` reads it
    (packs inside the repository, folders outside it, only as the invoking side allows)."""
    from guidelint.pack import load_packs

    config = access.config(access.policy(), Path("."))
    return [(pack, rule) for pack in load_packs(config, list(pack_dirs)) for rule in pack.rules]


@rules.command("list")
@click.option("--pack", "packs", multiple=True, type=click.Path(path_type=Path), help="Add a rule pack directory.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@access_options
@guarded
def rules_list(packs: tuple[Path, ...], fmt: str, access: Access) -> None:
    """Every rule of the active packs."""
    entries = _all_rules(packs, access)
    if fmt == "json":
        click.echo(json.dumps([_rule_json(pack, rule) for pack, rule in entries], indent=2))
        return
    for _, rule in sorted(entries, key=lambda e: e[1].meta.id):
        meta = rule.meta
        click.echo(f"{meta.id:<8} {meta.severity.label:<8} {rule.engine:<7} {meta.clause:<8} {meta.title}")
    click.echo(f"{len(entries)} rules from {len({p.name for p, _ in entries})} pack(s)")


def _rule_json(pack: Pack, rule: PackRule) -> dict[str, Any]:
    meta = rule.meta
    return {
        "id": meta.id,
        "pack": pack.name,
        "engine": rule.engine,
        **meta.classification(),
        "message": meta.message,
        "rationale": meta.rationale,
        "remediation": meta.remediation,
        "references": list(meta.references),
        "suppressible": meta.suppressible,
        "blocks_from": meta.blocks_from.isoformat() if meta.blocks_from else None,
        "source": str(rule.source),
    }


@rules.command("show")
@click.argument("rule_id")
@click.option("--pack", "packs", multiple=True, type=click.Path(path_type=Path), help="Add a rule pack directory.")
@access_options
@guarded
def rules_show(rule_id: str, packs: tuple[Path, ...], access: Access) -> None:
    """Metadata, rationale, examples and fix of one rule."""
    _show_rule(rule_id, packs, access)


@click.command()
@click.argument("rule_id")
@click.option("--pack", "packs", multiple=True, type=click.Path(path_type=Path), help="Add a rule pack directory.")
@access_options
@guarded
def explain(rule_id: str, packs: tuple[Path, ...], access: Access) -> None:
    """Why a rule exists and how to fix its findings (as `guidelint rules show`)."""
    _show_rule(rule_id, packs, access)


def _show_rule(rule_id: str, packs: tuple[Path, ...], access: Access) -> None:
    from guidelint.rulehelp import markdown

    entries = _all_rules(packs, access)
    clauses = {cid: c for pack, _ in entries for cid, c in pack.clauses.items()}
    for pack, rule in entries:
        if rule.meta.id == rule_id.upper():
            click.echo(markdown(rule.doc, clauses.get(rule.meta.clause)))
            click.echo(f"Pack: {pack.name} {pack.version} · source: {rule.source}")
            return
    fail(f"no rule {rule_id!r} in the active packs (see `guidelint rules list`)")


@rules.command("test")
@click.argument("pack_dir", required=False, type=click.Path(path_type=Path, exists=True, file_okay=False))
@click.option("--rule", "only", multiple=True, help="Only these rule ids.")
@guarded
def rules_test(pack_dir: Path | None, only: tuple[str, ...]) -> None:
    """Run every rule of a pack (default: the built-in pack) against its examples."""
    from guidelint.ruletest import run_pack_tests

    pack = load_pack((pack_dir or builtin_pack_dir()).resolve())
    missing = sorted(set(only) - {rule.meta.id for rule in pack.rules})
    if missing:
        fail(f"no rule {', '.join(missing)} in pack {pack.name} (see `guidelint rules list`)")
    count, failures = run_pack_tests(pack, set(only) if only else None)
    for failure in failures:
        click.echo(f"FAIL {failure}")
    status = "ok" if not failures else f"{len(failures)} failure(s)"
    click.echo(f"{pack.name} {pack.version}: {count} rules tested, {status}")
    sys.exit(1 if failures else 0)


def _pack_arg(pack_dir: Path | None) -> Pack:
    return load_pack((pack_dir or builtin_pack_dir()).resolve())


def _builtin_clauses() -> dict[str, Any]:
    try:
        return dict(load_pack(builtin_pack_dir()).clauses)
    except PackError:
        return {}


@rules.command("validate")
@click.argument("pack_dir", required=False, type=click.Path(path_type=Path, exists=True, file_okay=False))
@guarded
def rules_validate(pack_dir: Path | None) -> None:
    """Check a pack's manifest and each rule's metadata, examples and docs (exit 1 on problems)."""
    from guidelint.validate import validate_pack

    pack = _pack_arg(pack_dir)
    problems = validate_pack(pack, _builtin_clauses())
    for problem in problems:
        click.echo(f"INVALID {problem}")
    status = "valid" if not problems else f"{len(problems)} problem(s)"
    click.echo(f"{pack.name} {pack.version}: {len(pack.rules)} rules, {status}")
    sys.exit(1 if problems else 0)


@rules.command("new")
@click.argument("rule_id")
@click.option("--engine", type=click.Choice(engine_names()), default=LIBCST, show_default=True)
@click.option(
    "--pack",
    "pack_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("."),
    show_default=True,
    help="Pack directory to add the rule to.",
)
@click.option("--clause", required=True, help="Guideline clause the rule enforces, e.g. SG-5.2.")
@click.option("--title", required=True, help="Short title of the rule.")
@click.option("--severity", type=click.Choice([s.label for s in Severity]), default="medium", show_default=True)
@click.option("--cwe", type=int, required=True, help="CWE id of the weakness.")
@click.option("--owasp", default="A04:2021-Insecure Design", show_default=True, help="OWASP Top 10 2021 category.")
@click.option("--language", default="javascript", show_default=True, help="semgrep rule language.")
@click.option("--bandit", "bandit_id", default="", help="bandit test id mapped by a bandit rule (Bxxx).")
@guarded
def rules_new(
    rule_id: str,
    engine: str,
    pack_dir: Path,
    clause: str,
    title: str,
    severity: str,
    cwe: int,
    owasp: str,
    language: str,
    bandit_id: str,
) -> None:
    """Scaffold a rule with metadata, a flagged and a safe example, and docs to fill in."""
    from guidelint.engines import engine as registered
    from guidelint.scaffold import new_rule

    if not (pack_dir / "pack.toml").is_file():
        fail(f"{pack_dir} is not a rule pack (no pack.toml)")
    existing = {r.meta.id for r in load_pack(pack_dir.resolve()).rules}
    if rule_id.upper() in existing:
        fail(f"rule {rule_id.upper()} already exists in {pack_dir}")
    try:
        path = new_rule(
            pack_dir,
            rule_id.upper(),
            registered(engine).scaffold,
            clause,
            title,
            severity,
            cwe,
            owasp,
            language,
            bandit_id,
        )
    except (ValueError, FileExistsError) as exc:
        fail(str(exc))
        return
    click.echo(f"wrote {path}")
    click.echo("next: write the check and its examples, then `guidelint rules test` and `guidelint rules validate`")


@rules.command("docs")
@click.argument("pack_dir", required=False, type=click.Path(path_type=Path, exists=True, file_okay=False))
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, file_okay=False),
    required=True,
    help="Directory for the generated pages (e.g. docs/).",
)
@guarded
def rules_docs(pack_dir: Path | None, output: Path) -> None:
    """Generate a page per rule, the rule index, the clause matrix and the guidelines document."""
    from guidelint.ruledocs import write_docs

    pack = _pack_arg(pack_dir)
    clauses = {**_builtin_clauses(), **pack.clauses}
    written = write_docs(pack, clauses, output, pack.document)
    click.echo(f"wrote {len(written)} page(s) to {output}")
