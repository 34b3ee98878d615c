"""Command line.

Exit codes: 0 no blocking finding; 1 blocking findings (or failing rule tests); 2 usage, configuration,
pack or engine error, or anything that was not checked.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import gc
import importlib
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click

from guidelint import __version__
from guidelint.commands.access import Access, access_options
from guidelint.commands.base import F, fail, guarded
from guidelint.model import Severity
from guidelint.printable import printable

FORMAT_CHOICES = ["text", "json", "sarif", "junit", "gitlab", "github", "html"]

# At exit the interpreter's cycle collections trace every object still alive (libcst's node classes, the
# pack's rules) only to free memory the OS is about to take back: ~0.02 s of a commit's run. Exit handlers
# run last-registered first, so this one, registered on import, runs after those of the modules a command
# imports later (multiprocessing's, tempfile's): they still run and clean up as before.
atexit.register(gc.freeze)


# the commands of `commands/`: name -> (module, attribute)
ELSEWHERE = {
    "clean": ("guidelint.commands.clean", "clean"),
    "explain": ("guidelint.commands.rules", "explain"),
    "impact": ("guidelint.commands.impact", "impact"),
    "rules": ("guidelint.commands.rules", "rules"),
}


class Commands(click.Group):
    """guidelint's commands; those of `commands/` (ELSEWHERE) are imported when they run or are listed, so a
    scan (the pre-commit hook, on every commit) does not import them."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *ELSEWHERE})

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in ELSEWHERE:
            module, attribute = ELSEWHERE[name]
            command = getattr(importlib.import_module(module), attribute)
            assert isinstance(command, click.Command)
            return command
        return super().get_command(ctx, name)

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        _refuse_file_names_read_as_options(args)
        return super().parse_args(ctx, args)


def _refuse_file_names_read_as_options(args: list[str]) -> None:
    """pre-commit, `xargs` and `$(git diff --name-only)` put file names on the command line without `--`: a
    file the pull request names `--exit-zero`, `--ignore=INP` or `-` would be read as that option (or as
    standard input) and the gate pass. An argument that is both an option's spelling and a file here is a
    usage error (exit 2), never chosen silently."""
    for arg in args:
        if arg == "--":
            return
        if arg.startswith("-") and os.path.lexists(arg):
            raise click.UsageError(
                f"{printable(arg)!r} is a file here and reads as an option (or `-`: standard input): rename it,"
                f" or name it as ./{printable(arg)} (pre-commit and `xargs` pass file names without `--`)"
            )


@click.group(cls=Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="guidelint")
def main() -> None:
    """guidelint: the company Security Guidelines as code, for pre-commit and CI."""


INTERRUPTED = (130, 143)  # the exits of a command Ctrl-C or SIGTERM ended (commands.base.guarded)


def run() -> None:
    """The `guidelint` command. A command an interrupt ended has run its cleanups (children stopped,
    temporary directories removed) and said so; it ends there, without the interpreter's exit handlers:
    concurrent.futures' handler wakes a process pool's manager thread through a pipe that thread may be
    closing at that moment, and Python 3.11 printed "Exception ignored ... Bad file descriptor" with a
    traceback after "guidelint: terminated" on a loaded machine."""
    try:
        main()
    except SystemExit as exc:
        if exc.code in INTERRUPTED:
            for stream in (sys.stdout, sys.stderr):
                with contextlib.suppress(OSError, ValueError):
                    stream.flush()
            os._exit(exc.code)
        raise


# --- options shared by every command that scans ---------------------------------------------------------


@dataclass
class Selection:
    """The options that choose what a scan checks and with which rules."""

    paths: list[Path]
    config_file: Path | None
    packs: list[Path]
    select: tuple[str, ...]
    ignore: tuple[str, ...]
    fail_on: str | None
    jobs: int
    no_cache: bool
    cache_dir: Path | None
    access: Access = field(default_factory=Access)
    stdin: bool = False  # PATHS `-`: read standard input

    def plan(self) -> Any:
        from guidelint.plan import make_plan
        from guidelint.policy import enforce, weakenings

        policy = self.access.policy()
        config = self.access.config(policy, self.paths[0], self.config_file)
        relaxed = weakenings(config)  # the repository's own; options given here are the invoking side's
        if self.cache_dir is not None:
            config.cache_dir = self.cache_dir.resolve()
        if self.select:
            config.select = _comma_list(self.select)
        config.ignore.extend(_comma_list(self.ignore))
        if self.fail_on:
            config.fail_on = Severity.parse(self.fail_on)
        enforce(policy, config)
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
        click.argument("paths", nargs=-1, type=click.Path()),  # strings: `./-` is a file, `-` standard input
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
    ]

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        raw = kwargs.pop("paths")
        selection = Selection(
            paths=[Path(p) for p in raw] or [Path(".")],
            stdin="-" in raw,
            config_file=kwargs.pop("config_file"),
            packs=list(kwargs.pop("packs")),
            select=kwargs.pop("select"),
            ignore=kwargs.pop("ignore"),
            fail_on=kwargs.pop("fail_on"),
            jobs=kwargs.pop("jobs"),
            no_cache=kwargs.pop("no_cache"),
            cache_dir=kwargs.pop("cache_dir"),
            access=kwargs.pop("access"),
        )
        return func(selection, *args, **kwargs)

    for option in reversed(options):
        wrapper = option(wrapper)
    return access_options(wrapper)  # type: ignore[return-value]


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
    show_skipped: bool
    fix: bool
    stdin_filename: Path | None

    def text_options(self, color: bool) -> Any:
        from guidelint.report.text import TextOptions

        return TextOptions(self.output_format, color, self.explain, self.statistics, self.quiet, self.show_skipped)


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
        click.option(
            "--show-skipped", is_flag=True, help="List each file skipped (vendored, generated, excluded...) and why."
        ),
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
            show_skipped=kwargs.pop("show_skipped"),
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
    if not selection.stdin:
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
    from guidelint.plan import ScanOptions
    from guidelint.report import renderer
    from guidelint.report.text import render_text
    from guidelint.safeio import write_report
    from guidelint.scan import run_scan

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
                write_report(destination, text)
            except OSError as exc:
                fail(f"cannot write report {destination}: {exc.strerror or exc}")
    if result.problems and all(fmt != "text" or dest is not None for fmt, dest in reports):
        for problem in result.problems:
            click.echo(f"guidelint: {printable(str(problem))}", err=True)
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
    from guidelint.plan import ScanOptions
    from guidelint.scan import run_scan

    result = run_scan(
        selection.plan(), selection.paths, ScanOptions(jobs=selection.jobs, use_cache=not selection.no_cache)
    )
    if result.problems:
        for problem in result.problems:
            click.echo(f"guidelint: {printable(str(problem))}", err=True)
        fail("the scan is incomplete, so no baseline was written")
    try:
        count = write_baseline(output, result.findings)
    except OSError as exc:
        fail(f"cannot write baseline {output}: {exc.strerror or exc}")
        return
    click.echo(f"wrote {count} finding(s) to {output}")


# --- suppressions -----------------------------------------------------------------------------------------


@main.command()
@scan_options
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@guarded
def suppressions(selection: Selection, fmt: str) -> None:
    """List every inline suppression and waiver (rule, place, reason, approver, expiry) for audits."""
    from guidelint.audit import render_audit
    from guidelint.plan import ScanOptions
    from guidelint.scan import run_scan

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
    from guidelint.plan import ScanOptions
    from guidelint.scan import run_scan

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
