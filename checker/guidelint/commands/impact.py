"""`guidelint impact`: what a new pack version does to every repository (on Dask, an optional extra)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import click

from guidelint.commands.access import Access, access_options
from guidelint.commands.base import fail, guarded

# --- impact ------------------------------------------------------------------------------------------------

INSTALL_CLUSTER = "guidelint impact needs Dask distributed: pip install 'guidelint[cluster]'"


@click.command()
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
@access_options
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
    access: Access,
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

    config_paths, repo_packs = access.granted(access.policy())  # each repository's configuration, as `scan` reads it
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
        config_paths=config_paths,
        repo_packs=repo_packs,
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
