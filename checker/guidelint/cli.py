"""Command line.

Exit codes: 0 no blocking finding; 1 blocking findings (or failing rule tests); 2 usage, configuration,
pack or engine error, or anything that was not checked.
"""

from __future__ import annotations

import functools
import json
import os
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import click

from guidelint import __version__
from guidelint.config import ConfigError, load_config
from guidelint.engines import names as engine_names
from guidelint.engines.libcst import ENGINE as LIBCST
from guidelint.model import Severity
from guidelint.pack import Pack, PackError, PackRule, builtin_pack_dir, load_pack

F = TypeVar("F", bound=Callable[..., Any])
FORMAT_CHOICES = ["text", "json", "sarif", "junit", "gitlab", "github", "html"]


def fail(message: str) -> None:
    """Stop with exit 2 and a one-line message (no traceback)."""
    click.echo(f"guidelint: error: {message}", err=True)
    sys.exit(2)


def guarded(func: F) -> F:
    """Turn configuration/pack errors and unexpected crashes into exit 2 with a readable message."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from guidelint import signals

        signals.install()
        try:
            return func(*args, **kwargs)
        except KeyboardInterrupt:
            signals.clean_up()
            click.echo("guidelint: interrupted", err=True)
            sys.exit(130)
        except signals.Terminated:
            signals.clean_up()
            click.echo("guidelint: terminated", err=True)
            sys.exit(143)
        except (ConfigError, PackError) as exc:
            fail(str(exc))
        except BrokenPipeError:  # `guidelint rules list | head`: the reader left; say nothing more
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            sys.exit(141)  # 128 + SIGPIPE, as a shell reports a command whose reader closed the pipe
        except (click.exceptions.Exit, click.ClickException, SystemExit):
            raise
        except Exception as exc:
            if os.environ.get("GUIDELINT_DEBUG"):
                traceback.print_exc()
            fail(f"internal error: {type(exc).__name__}: {exc} (set GUIDELINT_DEBUG=1 for details)")

    return wrapper  # type: ignore[return-value]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="guidelint")
def main() -> None:
    """guidelint: the company Security Guidelines as code, for pre-commit and CI."""


# --- options shared by every command that scans ---------------------------------------------------------


@dataclass
class Selection:
    paths: list[Path]
    config_file: Path | None
    packs: list[Path]
    select: tuple[str, ...]
    ignore: tuple[str, ...]
    fail_on: str | None
    jobs: int
    no_cache: bool
    cache_dir: Path | None
    policy_file: Path | None = None
    allow_repo_packs: bool = False

    def plan(self) -> Any:
        from guidelint.policy import enforce, load_policy, weakenings
        from guidelint.scan import make_plan

        policy = load_policy(self.policy_file)  # from the invoking side, before the scanned tree is read
        config = load_config(self.paths[0], self.config_file)
        relaxed = weakenings(config)  # the repository's own; options given here are the invoking side's
        if self.cache_dir is not None:
            config.cache_dir = self.cache_dir.resolve()
        if self.select:
            config.select = _comma_list(self.select)
        config.ignore.extend(_comma_list(self.ignore))
        if self.fail_on:
            config.fail_on = Severity.parse(self.fail_on)
        enforce(policy, config, self.allow_repo_packs)
        plan = make_plan(config, self.packs)
        plan.policy = policy
        plan.weakenings = relaxed
        return plan


def _comma_list(values: tuple[str, ...]) -> list[str]:
    """`--select INP,SEC --select CRY` -> ["INP", "SEC", "CRY"]."""
    return [item.strip() for value in values for item in value.split(",") if item.strip()]


def scan_options(func: F) -> F:
    """PATHS and the options that choose what a scan checks and with which rules."""
    options = [
        click.argument("paths", nargs=-1, type=click.Path(path_type=Path)),
        click.option("--config", "config_file", type=click.Path(path_type=Path), help="Configuration file."),
        click.option("--pack", "packs", multiple=True, type=click.Path(path_type=Path), help="Add a pack directory."),
        click.option(
            "--select", multiple=True, help="Only these rule ids or prefixes, comma-separated (overrides the config)."
        ),
        click.option(
            "--ignore", multiple=True, help="Skip these rule ids or prefixes, comma-separated (added to the config)."
        ),
        click.option("--fail-on", type=click.Choice([s.label for s in Severity]), help="Lowest severity that blocks."),
        click.option("-j", "--jobs", type=click.IntRange(min=0), default=0, help="Worker processes (0: one per CPU)."),
        click.option("--no-cache", is_flag=True, help="Do not read or write the result cache."),
        click.option("--cache-dir", type=click.Path(path_type=Path, file_okay=False), help="Result cache directory."),
        click.option(
            "--policy",
            "policy_file",
            type=click.Path(path_type=Path, dir_okay=False),
            help="CSIRT policy file: the floor the repository's configuration cannot go below ($GUIDELINT_POLICY).",
        ),
        click.option(
            "--allow-repo-packs",
            is_flag=True,
            help="Let the repository's configuration load packs from the repository.",
        ),
    ]

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        selection = Selection(
            paths=list(kwargs.pop("paths")) or [Path(".")],
            config_file=kwargs.pop("config_file"),
            packs=list(kwargs.pop("packs")),
            select=kwargs.pop("select"),
            ignore=kwargs.pop("ignore"),
            fail_on=kwargs.pop("fail_on"),
            jobs=kwargs.pop("jobs"),
            no_cache=kwargs.pop("no_cache"),
            cache_dir=kwargs.pop("cache_dir"),
            policy_file=kwargs.pop("policy_file"),
            allow_repo_packs=kwargs.pop("allow_repo_packs"),
        )
        return func(selection, *args, **kwargs)

    for option in reversed(options):
        wrapper = option(wrapper)
    return wrapper  # type: ignore[return-value]


def _progress(enabled: bool | None) -> Callable[[int, int], None] | None:
    from guidelint.progress import progress_printer

    return progress_printer(enabled)


# --- scan: terminal style, familiar linter flags, standard input -------------------------------------------


@dataclass
class Terminal:
    """How `scan` talks to a person: text style, and the flags people know from other linters."""

    output_format: str
    explain: bool
    statistics: bool
    quiet: bool
    exit_zero: bool
    fix: bool
    stdin_filename: Path | None

    def text_options(self, color: bool) -> Any:
        from guidelint.report.text import TextOptions

        return TextOptions(self.output_format, color, self.explain, self.statistics, self.quiet)


def terminal_options(func: F) -> F:
    """--output-format, --explain, --statistics, --quiet, --exit-zero, --fix and --stdin-filename."""
    from guidelint.report.text import STYLES

    options = [
        click.option(
            "--output-format",
            type=click.Choice(STYLES),
            default="default",
            show_default=True,
            help="Text style: frames for blocking findings (default), one line each (concise), "
            "frame, why and fix for each finding (full), by file (grouped).",
        ),
        click.option("--explain", is_flag=True, help="The whole rationale and fix of each rule found."),
        click.option("--statistics", is_flag=True, help="Counts per rule instead of the findings."),
        click.option("-q", "--quiet", is_flag=True, help="Only the findings and what was not checked."),
        click.option("--exit-zero", is_flag=True, help="Exit 0 even with blocking findings (errors still exit 2)."),
        click.option("--fix", is_flag=True, help="Apply the mechanical fixes first (as `guidelint fix`)."),
        click.option(
            "--stdin-filename",
            type=click.Path(path_type=Path, dir_okay=False),
            help="With PATHS `-`: the path the standard input is checked as (its config, excludes, report path).",
        ),
    ]

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        kwargs["terminal"] = Terminal(
            output_format=kwargs.pop("output_format"),
            explain=kwargs.pop("explain"),
            statistics=kwargs.pop("statistics"),
            quiet=kwargs.pop("quiet"),
            exit_zero=kwargs.pop("exit_zero"),
            fix=kwargs.pop("fix"),
            stdin_filename=kwargs.pop("stdin_filename"),
        )
        return func(*args, **kwargs)

    for option in reversed(options):
        wrapper = option(wrapper)
    return wrapper  # type: ignore[return-value]


def _use_color(color: bool | None) -> bool:
    """--color/--no-color, else NO_COLOR and FORCE_COLOR (https://no-color.org), else whether it is a terminal."""
    if color is not None:
        return color
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return sys.stdout.isatty()


def _stdin(selection: Selection, terminal: Terminal) -> tuple[Path, bytes] | None:
    """PATHS `-`: the content of standard input and the path it stands for (the path's config applies)."""
    if Path("-") not in selection.paths:
        if terminal.stdin_filename is not None:
            raise click.UsageError("--stdin-filename needs the path `-` (read standard input)")
        return None
    if len(selection.paths) > 1:
        raise click.UsageError("`-` (standard input) cannot be combined with other paths")
    if terminal.fix:
        raise click.UsageError("--fix cannot change standard input; use `guidelint fix` on the file")
    name = terminal.stdin_filename or Path("stdin.py")
    selection.paths = [name]
    return name, click.get_binary_stream("stdin").read()


def _apply_fixes(plan: Any, paths: list[Path]) -> None:
    """`scan --fix`: what `guidelint fix` does, before the scan that lists what remains."""
    from guidelint.fixes import fix_paths

    for change in fix_paths(plan, paths, write=True):
        click.echo(f"fixed {change.count} finding(s) in {os.path.relpath(change.path)}")


# --- scan ------------------------------------------------------------------------------------------------


@main.command()
@scan_options
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
    help="File for the report format at the same position. Text still goes to the terminal.",
)
@click.option(
    "--baseline",
    "baseline_file",
    type=click.Path(path_type=Path),
    help="Report only findings that are not in this baseline file.",
)
@click.option("--diff-base", metavar="REF", help="Report only findings on lines changed since REF (git).")
@click.option("--progress/--no-progress", default=None, help="Progress display (default: on a terminal).")
@click.option(
    "--color/--no-color",
    default=None,
    help="Colour the terminal report (default: on a terminal; NO_COLOR, FORCE_COLOR).",
)
@terminal_options
@guarded
def scan(
    selection: Selection,
    formats: tuple[str, ...],
    outputs: tuple[Path, ...],
    baseline_file: Path | None,
    diff_base: str | None,
    progress: bool | None,
    color: bool | None,
    terminal: Terminal,
) -> None:
    """Check PATHS (default: the current directory) against the Security Guidelines.

    PATHS `-` reads one file from standard input, checked as if it were at --stdin-filename."""
    from guidelint.baseline import load_baseline
    from guidelint.report import renderer
    from guidelint.report.text import render_text
    from guidelint.scan import ScanOptions, run_scan

    reports = _pair_reports(formats, outputs)
    stdin = _stdin(selection, terminal)
    plan = selection.plan()
    if terminal.fix:
        _apply_fixes(plan, selection.paths)
    options = ScanOptions(jobs=selection.jobs, use_cache=not selection.no_cache, progress=_progress(progress))
    options.stdin = stdin
    if baseline_file is not None:
        options.baseline = load_baseline(baseline_file)
    if diff_base is not None:
        from guidelint.gitdiff import changed_lines

        top, changes = changed_lines(selection.paths[0].resolve(), diff_base)
        options.diff = _relative_changes(top, changes, plan.config.report_root)
    result = run_scan(plan, selection.paths, options)
    use_color = _use_color(color)
    for fmt, destination in reports:
        if fmt == "text":
            text = render_text(result, terminal.text_options(use_color and destination is None))
        else:
            text = renderer(fmt)(result, False)
        if destination is None:
            click.echo(text, nl=False, color=use_color)
        else:
            try:
                destination.parent.mkdir(parents=True, exist_ok=True)
                destination.write_text(text, encoding="utf-8")
            except OSError as exc:
                fail(f"cannot write report {destination}: {exc.strerror or exc}")
    if result.problems and all(fmt != "text" or dest is not None for fmt, dest in reports):
        for problem in result.problems:
            click.echo(f"guidelint: {problem}", err=True)
    sys.exit(0 if terminal.exit_zero and result.exit_code == 1 else result.exit_code)


def _relative_changes(top: Path, changes: dict[str, set[int] | None], root: Path) -> dict[str, set[int] | None]:
    """Diff paths (relative to the repository) re-expressed relative to the report root."""
    out = {}
    for path, lines in changes.items():
        try:
            out[(top / path).resolve().relative_to(root).as_posix()] = lines
        except ValueError:
            continue
    return out


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


# --- baseline ---------------------------------------------------------------------------------------------


@main.group()
def baseline() -> None:
    """Adopt guidelint on existing code: record today's findings, report only new ones."""


@baseline.command("create")
@scan_options
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    default=Path(".guidelint-baseline.json"),
    show_default=True,
    help="Baseline file to write.",
)
@guarded
def baseline_create(selection: Selection, output: Path) -> None:
    """Write the fingerprints of the current findings to a baseline file."""
    from guidelint.baseline import write_baseline
    from guidelint.scan import ScanOptions, run_scan

    result = run_scan(
        selection.plan(), selection.paths, ScanOptions(jobs=selection.jobs, use_cache=not selection.no_cache)
    )
    if result.problems:
        for problem in result.problems:
            click.echo(f"guidelint: {problem}", err=True)
        fail("the scan is incomplete, so no baseline was written")
    count = write_baseline(output, result.findings)
    click.echo(f"wrote {count} finding(s) to {output}")


# --- suppressions -----------------------------------------------------------------------------------------


@main.command()
@scan_options
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@guarded
def suppressions(selection: Selection, fmt: str) -> None:
    """List every inline suppression and waiver (rule, place, reason, approver, expiry) for audits."""
    from guidelint.audit import render_audit
    from guidelint.scan import ScanOptions, run_scan

    result = run_scan(
        selection.plan(), selection.paths, ScanOptions(jobs=selection.jobs, use_cache=not selection.no_cache)
    )
    click.echo(render_audit(result, fmt), nl=False)
    sys.exit(2 if result.problems else 0)


# --- fix ---------------------------------------------------------------------------------------------------


@main.command()
@scan_options
@click.option("--diff", "show_diff", is_flag=True, help="Show the fixes as a diff; change no file.")
@guarded
def fix(selection: Selection, show_diff: bool) -> None:
    """Apply the rules' mechanical fixes; exit 1 if blocking findings remain."""
    from guidelint.fixes import fix_paths
    from guidelint.scan import ScanOptions, run_scan

    plan = selection.plan()
    changes = fix_paths(plan, selection.paths, write=not show_diff)
    for change in changes:
        if show_diff:
            click.echo(change.diff(), nl=False)
        else:
            click.echo(f"fixed {change.count} finding(s) in {os.path.relpath(change.path)}")
    if show_diff:
        sys.exit(1 if changes else 0)
    result = run_scan(plan, selection.paths, ScanOptions(jobs=selection.jobs, use_cache=not selection.no_cache))
    remaining = len(result.blocking)
    click.echo(f"{sum(c.count for c in changes)} fix(es) applied; {remaining} blocking finding(s) remain")
    sys.exit(result.exit_code)


# --- init --------------------------------------------------------------------------------------------------


@main.command()
@click.argument("directory", required=False, type=click.Path(path_type=Path, file_okay=False), default=Path("."))
@click.option(
    "--ci",
    type=click.Choice(["github", "gitlab", "none"]),
    default="github",
    show_default=True,
    help="Which CI job to write.",
)
@click.option("--force", is_flag=True, help="Overwrite existing files.")
@guarded
def init(directory: Path, ci: str, force: bool) -> None:
    """Write a starting configuration, the pre-commit hook (merged into an existing config) and a CI job."""
    from guidelint.init import GITLAB_INCLUDE, conflicts, plan_files

    files = plan_files(directory, ci)
    precommit = directory / ".pre-commit-config.yaml"
    if not force:
        clashes = conflicts(files)
        if clashes:
            fail("nothing written: " + "; ".join(clashes) + " (use --force to overwrite)")
    for path, content in files.items():
        if path.name == "pyproject.toml" and force and "[tool.guidelint]" in path.read_text(encoding="utf-8"):
            continue  # never rewrite a project's existing table; --force is for the files init owns
        existed = path.exists()
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
        if path == precommit and existed:
            click.echo(f"added the guidelint hook to {path} (your hooks and comments are kept)")
        else:
            click.echo(f"wrote {path}")
    if precommit not in files:
        click.echo(f"{precommit} already runs the guidelint hook; left as it is")
    if ci == "gitlab":
        click.echo("next: include the job from your .gitlab-ci.yml:\n" + GITLAB_INCLUDE.rstrip("\n"))


# --- rules -------------------------------------------------------------------------------------------------


@main.group()
def rules() -> None:
    """List, show and test the rules of the active packs."""


def _all_rules(pack_dirs: tuple[Path, ...], config_file: Path | None = None) -> list[tuple[Pack, PackRule]]:
    from guidelint.pack import load_packs

    config = load_config(Path("."), config_file)
    return [(pack, rule) for pack in load_packs(config, list(pack_dirs)) for rule in pack.rules]


@rules.command("list")
@click.option("--pack", "packs", multiple=True, type=click.Path(path_type=Path), help="Add a rule pack directory.")
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
@click.option("--pack", "packs", multiple=True, type=click.Path(path_type=Path), help="Add a rule pack directory.")
@guarded
def rules_show(rule_id: str, packs: tuple[Path, ...]) -> None:
    """Metadata, rationale, examples and fix of one rule."""
    _show_rule(rule_id, packs)


@main.command()
@click.argument("rule_id")
@click.option("--pack", "packs", multiple=True, type=click.Path(path_type=Path), help="Add a rule pack directory.")
@guarded
def explain(rule_id: str, packs: tuple[Path, ...]) -> None:
    """Why a rule exists and how to fix its findings (as `guidelint rules show`)."""
    _show_rule(rule_id, packs)


def _show_rule(rule_id: str, packs: tuple[Path, ...]) -> None:
    from guidelint.rulehelp import markdown

    entries = _all_rules(packs)
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


# --- impact ------------------------------------------------------------------------------------------------

INSTALL_CLUSTER = "guidelint impact needs Dask distributed: pip install 'guidelint[cluster]'"


@main.command()
@click.option("--old", "old_spec", required=True, help="Pack in force: builtin, DIR, NAME==VERSION or git:PATH@REV.")
@click.option("--new", "new_spec", required=True, help="Pack to roll out, in the same forms as --old.")
@click.argument("repos", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--scheduler", metavar="ADDRESS", help="Existing Dask scheduler (default: a local cluster).")
@click.option("--workers", type=click.IntRange(min=0), default=0, help="Local cluster workers (0: one per CPU).")
@click.option("--in-process", is_flag=True, help="Local cluster of one worker inside this process.")
@click.option("--batch-files", type=click.IntRange(min=1), default=2000, show_default=True, help="Files per task.")
@click.option("--on", "on_date", type=click.DateTime(["%Y-%m-%d"]), help="Judge staged enforcement on this date.")
@click.option("--json", "json_out", type=click.Path(path_type=Path), help="Write the JSON report here.")
@click.option("--html", "html_out", type=click.Path(path_type=Path), help="Write the HTML report here.")
@click.option("--fail-on-new-blocking", is_flag=True, help="Exit 1 when a repository gets new blocking findings.")
@click.option("--no-cache", is_flag=True, help="Do not read or write the result cache.")
@click.option("--cache-dir", type=click.Path(path_type=Path, file_okay=False), help="Result cache shared by workers.")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: on a terminal).")
@guarded
def impact(
    old_spec: str,
    new_spec: str,
    repos: tuple[Path, ...],
    scheduler: str | None,
    workers: int,
    in_process: bool,
    batch_files: int,
    on_date: Any,
    json_out: Path | None,
    html_out: Path | None,
    fail_on_new_blocking: bool,
    no_cache: bool,
    cache_dir: Path | None,
    progress: bool | None,
) -> None:
    """What the --new pack would block, where and for whom, against --old, in every repository of REPOS.

    REPOS are checkouts, directories of checkouts or files listing paths. Exit 2 if a repository could not
    be checked, 1 with --fail-on-new-blocking when a repository gets new blocking findings, 0 otherwise.
    """
    try:
        from guidelint.impact import cluster
    except ImportError as exc:
        fail(f"{INSTALL_CLUSTER} ({exc})")
        return
    from guidelint.impact.text import render as render_text
    from guidelint.model import today
    from guidelint.report.impact_html import render as render_html

    request = cluster.Request(
        old_spec,
        new_spec,
        list(repos),
        on_date.date() if on_date else today(),
        scheduler=scheduler,
        workers=workers,
        in_process=in_process,
        batch_files=batch_files,
        use_cache=not no_cache,
        cache_dir=cache_dir.resolve() if cache_dir else None,
        progress=(sys.stderr.isatty() and not os.environ.get("CI")) if progress is None else progress,
    )
    try:
        doc, where = cluster.run(request)
    except cluster.ClusterError as exc:
        fail(str(exc))
        return
    for destination, text in ((json_out, json.dumps(doc, indent=2) + "\n"), (html_out, render_html(doc))):
        if destination is not None:
            try:
                destination.parent.mkdir(parents=True, exist_ok=True)
                destination.write_text(text, encoding="utf-8")
            except OSError as exc:
                fail(f"cannot write report {destination}: {exc.strerror or exc}")
    click.echo(render_text(doc, where), nl=False)
    if doc["summary"]["not_checked"]:
        sys.exit(2)
    sys.exit(1 if fail_on_new_blocking and doc["summary"]["with_new_blocking"] else 0)
