"""Command line: `guidelint scan`, `guidelint rules ...`.

Exit codes: 0 no blocking finding; 1 blocking findings (or failing rule tests); 2 usage, configuration,
pack or engine error, or anything that was not checked.
"""

from __future__ import annotations

import json
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from guidelint import __version__
from guidelint.config import Config, ConfigError, load_config
from guidelint.model import Severity
from guidelint.pack import Pack, PackError, PackRule, builtin_pack_dir, load_pack

F = TypeVar("F", bound=Callable[..., Any])


def fail(message: str) -> None:
    """Stop with exit 2 and a one-line message (no traceback)."""
    click.echo(f"guidelint: error: {message}", err=True)
    sys.exit(2)


def guarded(func: F) -> F:
    """Turn configuration/pack errors and unexpected crashes into exit 2 with a readable message."""

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except (ConfigError, PackError) as exc:
            fail(str(exc))
        except (click.exceptions.Exit, click.ClickException, SystemExit, KeyboardInterrupt):
            raise
        except Exception as exc:
            if os.environ.get("GUIDELINT_DEBUG"):
                traceback.print_exc()
            fail(f"internal error: {type(exc).__name__}: {exc} (set GUIDELINT_DEBUG=1 for details)")

    wrapper.__name__ = func.__name__
    wrapper.__doc__ = func.__doc__
    return wrapper  # type: ignore[return-value]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="guidelint")
def main() -> None:
    """guidelint: the company Security Guidelines as code, for pre-commit and CI."""


FORMAT_CHOICES = ["text", "json", "sarif"]


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "-f",
    "--format",
    "formats",
    multiple=True,
    type=click.Choice(FORMAT_CHOICES),
    help="Report format; repeat for several reports. Paired in order with --output.",
)
@click.option(
    "-o",
    "--output",
    "outputs",
    multiple=True,
    type=click.Path(path_type=Path),
    help="File for the report format given at the same position. Text is still shown on the terminal.",
)
@click.option("--config", "config_file", type=click.Path(path_type=Path), help="Configuration file to use.")
@click.option(
    "--pack", "packs", multiple=True, type=click.Path(path_type=Path), help="Add a rule pack directory."
)
@click.option(
    "--select", multiple=True, help="Only these rule ids or prefixes (overrides the configuration)."
)
@click.option("--ignore", multiple=True, help="Skip these rule ids or prefixes (added to the configuration).")
@click.option(
    "--fail-on", type=click.Choice([s.label for s in Severity]), help="Lowest severity that blocks."
)
@click.option(
    "-j", "--jobs", type=click.IntRange(min=0), default=0, help="Worker processes (0: one per CPU)."
)
@click.option("--no-cache", is_flag=True, help="Do not read or write the result cache.")
@click.option(
    "--color/--no-color", default=None, help="Colour the terminal report (default: when a terminal)."
)
@guarded
def scan(
    paths: tuple[Path, ...],
    formats: tuple[str, ...],
    outputs: tuple[Path, ...],
    config_file: Path | None,
    packs: tuple[Path, ...],
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    fail_on: str | None,
    jobs: int,
    no_cache: bool,
    color: bool | None,
) -> None:
    """Check PATHS (default: the current directory) against the Security Guidelines."""
    from guidelint.report import renderer
    from guidelint.scan import make_plan, run_scan

    targets = list(paths) or [Path(".")]
    reports = _pair_reports(formats, outputs)
    config = _config(targets[0], config_file, select, ignore, fail_on)
    plan = make_plan(config, list(packs))
    result = run_scan(plan, targets, jobs=jobs, use_cache=not no_cache)
    use_color = sys.stdout.isatty() if color is None else color
    for fmt, destination in reports:
        text = renderer(fmt)(result, use_color and destination is None and fmt == "text")
        if destination is None:
            click.echo(text, nl=False)
        else:
            try:
                destination.parent.mkdir(parents=True, exist_ok=True)
                destination.write_text(text, encoding="utf-8")
            except OSError as exc:
                fail(f"cannot write report {destination}: {exc.strerror or exc}")
    if result.problems and all(fmt != "text" or dest is not None for fmt, dest in reports):
        for problem in result.problems:
            click.echo(f"guidelint: {problem}", err=True)
    sys.exit(result.exit_code)


def _pair_reports(formats: tuple[str, ...], outputs: tuple[Path, ...]) -> list[tuple[str, Path | None]]:
    if len(outputs) > len(formats):
        if formats or len(outputs) > 1:
            raise click.UsageError("give a --format for each --output")
        formats = ("text",)
    pairs: list[tuple[str, Path | None]] = [
        (f, outputs[i] if i < len(outputs) else None) for i, f in enumerate(formats)
    ]
    to_stdout = [f for f, dest in pairs if dest is None]
    if len(to_stdout) > 1:
        raise click.UsageError("only one report can go to standard output; give --output for the others")
    if not to_stdout:
        pairs.append(("text", None))
    return pairs


def _config(
    start: Path, explicit: Path | None, select: tuple[str, ...], ignore: tuple[str, ...], fail_on: str | None
) -> Config:
    config = load_config(start, explicit)
    if select:
        config.select = list(select)
    config.ignore.extend(ignore)
    if fail_on:
        config.fail_on = Severity.parse(fail_on)
    return config


# --- rules ---------------------------------------------------------------------------------------------


@main.group()
def rules() -> None:
    """List, show and test the rules of the active packs."""


def _all_rules(pack_dirs: tuple[Path, ...], config_file: Path | None = None) -> list[tuple[Pack, PackRule]]:
    from guidelint.scan import load_packs

    config = load_config(Path("."), config_file)
    return [(pack, rule) for pack in load_packs(config, list(pack_dirs)) for rule in pack.rules]


@rules.command("list")
@click.option(
    "--pack", "packs", multiple=True, type=click.Path(path_type=Path), help="Add a rule pack directory."
)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@guarded
def rules_list(packs: tuple[Path, ...], fmt: str) -> None:
    """Every rule of the active packs."""
    entries = _all_rules(packs)
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
        "clause": meta.clause,
        "title": meta.title,
        "severity": meta.severity.label,
        "confidence": meta.confidence.label,
        "cwe": [f"CWE-{n}" for n in meta.cwe],
        "owasp": meta.owasp,
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
@click.option(
    "--pack", "packs", multiple=True, type=click.Path(path_type=Path), help="Add a rule pack directory."
)
@guarded
def rules_show(rule_id: str, packs: tuple[Path, ...]) -> None:
    """Metadata, rationale, examples and fix of one rule."""
    from guidelint.ruledocs import markdown

    entries = _all_rules(packs)
    clauses = {cid: c for pack, _ in entries for cid, c in pack.clauses.items()}
    for pack, rule in entries:
        if rule.meta.id == rule_id.upper():
            click.echo(markdown(rule, clauses.get(rule.meta.clause)))
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
    count, failures = run_pack_tests(pack, set(only) if only else None)
    for failure in failures:
        click.echo(f"FAIL {failure}")
    status = "ok" if not failures else f"{len(failures)} failure(s)"
    click.echo(f"{pack.name} {pack.version}: {count} rules tested, {status}")
    sys.exit(1 if failures else 0)
