"""Running the impact scans on Dask distributed: an embedded LocalCluster by default, or an existing
cluster by its scheduler address. One task per repository (or per batch of files of a large one), results
streamed back as they finish. The only module of guidelint that imports dask."""

from __future__ import annotations

import logging
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from distributed import Client, Future, LocalCluster, as_completed

from guidelint.hardlimits import usable_cpus
from guidelint.impact import document, specs
from guidelint.impact.repos import batches, expand
from guidelint.impact.task import Batch, scan_batch

WORKER_WAIT = 30.0  # seconds to wait for the first worker of an existing cluster


class ClusterError(Exception):
    """The cluster cannot be started or reached; exit 2."""


@dataclass
class Request:
    old: str
    new: str
    repos: list[Path]
    on: date
    scheduler: str | None = None
    workers: int = 0  # local cluster: 0 = one per CPU
    in_process: bool = False  # local cluster: one worker thread in this process
    batch_files: int = 2000
    use_cache: bool = True
    cache_dir: Path | None = None
    progress: bool = False
    config_paths: tuple[Path, ...] = ()  # what each repository's configuration may reach (as `scan`'s options)
    repo_packs: bool = False


def run(request: Request) -> tuple[dict[str, Any], str]:
    """The impact report, and a line saying where it ran."""
    with tempfile.TemporaryDirectory(prefix="guidelint-impact-") as scratch:
        old = specs.resolve(request.old, Path(scratch))
        new = specs.resolve(request.new, Path(scratch))
        shipped = specs.ship(request.old, old), specs.ship(request.new, new)
        repos = expand(request.repos)
        reach = tuple(str(p) for p in request.config_paths), request.repo_packs
        work = {
            repo: batches(repo, request.batch_files, request.use_cache, request.cache_dir, request.on, reach)
            for repo in repos
        }
        with _client(request) as (client, where):
            results = _gather(client, work, shipped, _progress(request.progress, len(repos)))
        entries = [document.repository(document.merge(_label(repo), results[repo])) for repo in repos]
        return document.build(old, new, (request.old, request.new), request.on, entries), where


def _label(repo: Path) -> str:
    """How the report names a repository: relative to the working directory when under it."""
    try:
        return repo.relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return str(repo)


@contextmanager
def _client(request: Request) -> Iterator[tuple[Client, str]]:
    if request.scheduler:
        try:
            client = Client(request.scheduler, timeout="10s")
        except (OSError, TimeoutError) as exc:
            raise ClusterError(f"cannot reach the Dask scheduler at {request.scheduler}: {exc}") from None
        with client:
            try:
                client.wait_for_workers(1, timeout=WORKER_WAIT)
            except TimeoutError:
                raise ClusterError(f"the Dask scheduler at {request.scheduler} has no worker") from None
            workers = len(client.scheduler_info()["workers"])
            yield client, f"Dask cluster at {request.scheduler} ({workers} worker(s))"
        return
    workers = 1 if request.in_process else request.workers or usable_cpus()
    try:
        cluster = LocalCluster(
            n_workers=workers,
            threads_per_worker=1,  # a scan is not thread-safe; one task per worker process at a time
            processes=not request.in_process,
            host=None if request.in_process else "127.0.0.1",  # listen on this machine only
            dashboard_address="127.0.0.1:0",  # a free port, not 8787 (which another cluster may hold)
            silence_logs=logging.ERROR,
        )
    except (OSError, RuntimeError) as exc:
        raise ClusterError(f"cannot start a local Dask cluster: {exc}") from None
    with cluster, Client(cluster) as client:
        yield client, f"local Dask cluster ({workers} worker(s){', in process' if request.in_process else ''})"


def _gather(
    client: Client,
    work: dict[Path, list[Batch]],
    shipped: tuple[specs.ShippedPack, specs.ShippedPack],
    advance: Callable[[], None],
) -> dict[Path, list[dict[str, Any]]]:
    """Submit every batch and collect the results as they finish; a failed task is a result too."""
    old, new = client.scatter(list(shipped), broadcast=True)
    owner: dict[Future[dict[str, Any]], Path] = {}
    for repo, repo_batches in work.items():
        for batch in repo_batches:
            owner[client.submit(scan_batch, batch, old, new, pure=False)] = repo
    results: dict[Path, list[dict[str, Any]]] = {repo: [] for repo in work}
    for future in as_completed(list(owner)):
        repo = owner[future]
        try:
            results[repo].append(future.result())
        except Exception as exc:  # a worker that died or a task that crashed: the repository is not checked
            reason = f"{repo}: not checked: engine error on a Dask worker: {type(exc).__name__}: {exc}"
            results[repo].append({"old": None, "new": None, "problems": [reason]})
        future.release()
        if len(results[repo]) == len(work[repo]):
            advance()
    return results


def _progress(enabled: bool, total: int) -> Callable[[], None]:
    """A repository-count progress bar on stderr, or nothing."""
    if not enabled:
        return lambda: None
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    bar = Progress(
        TextColumn("impact"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("repositories"),
        TimeElapsedColumn(),
        console=Console(file=sys.stderr),
        transient=True,
    )
    task = bar.add_task("impact", total=total)
    bar.start()
    done = 0

    def advance() -> None:
        nonlocal done
        done += 1
        bar.update(task, completed=done)
        if done >= total:
            bar.stop()

    return advance
