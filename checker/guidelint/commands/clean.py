"""`guidelint clean`: remove cached results, as `ruff clean` and `pre-commit clean` do."""

from __future__ import annotations

import shutil
from pathlib import Path

import click

from guidelint.commands.access import Access, access_options
from guidelint.commands.base import fail, guarded


@click.command()
@click.argument("directory", required=False, type=click.Path(path_type=Path, file_okay=False), default=Path("."))
@click.option("--config", "config_file", type=click.Path(path_type=Path), help="Configuration file.")
@click.option("--cache-dir", type=click.Path(path_type=Path, file_okay=False), help="Result cache directory.")
@click.option("--all", "everything", is_flag=True, help="Every guidelint cache of this user, not only the project's.")
@access_options
@guarded
def clean(directory: Path, config_file: Path | None, cache_dir: Path | None, everything: bool, access: Access) -> None:
    """Remove the result cache of the project in DIRECTORY (default: here); --all removes every cache of
    guidelint in the user cache folder. Only folders guidelint created are removed."""
    from guidelint.cache import Cache, tracked_by_git, user_cache

    if everything:
        root = user_cache("")
        if root.is_dir():
            click.echo(f"Removing {root}")
            shutil.rmtree(root, ignore_errors=True)
    folder = cache_dir or access.config(access.policy(), directory, config_file).cache_path()
    if not (folder / "CACHEDIR.TAG").is_file():
        if not everything:
            click.echo(f"No cache at {folder}")
        return
    if tracked_by_git(folder):
        fail(f"{folder} holds files git tracks; not removed")
    if not Cache(folder, "").clear():
        fail(f"{folder} is not a guidelint cache (its CACHEDIR.TAG is not ours); not removed")
    click.echo(f"Removed the result cache at {folder}")
