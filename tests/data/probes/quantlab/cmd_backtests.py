# family: cmd 78
"""Backtests run as processes: from the team's own configurations and from the queue of the research
scheduler, where any analyst (and any service that can post to it) submits a job."""

import shlex
import subprocess
import sys
from pathlib import Path

import requests

from . import settings

QUEUE_API = "https://scheduler.research.acme.internal/api/jobs"


def safe_run_backtest(config_path: Path, start: str, end: str) -> None:
    subprocess.run(
        [sys.executable, "-m", "quantlab.backtest", "--config", str(config_path), "--start", start, "--end", end],
        check=True,
        timeout=3600,
    )


def safe_run_queued() -> None:
    job = requests.get(f"{QUEUE_API}/next", timeout=30, verify=settings.CA_BUNDLE).json()
    cfg = job["config"]
    subprocess.run(["backtest", "--strategy", cfg["strategy"], "--universe", cfg["universe"]], check=True)


def safe_run_queued_quoted() -> None:
    job = requests.get(f"{QUEUE_API}/next", timeout=30, verify=settings.CA_BUNDLE).json()
    cfg = job["config"]
    command = f"backtest --strategy {shlex.quote(cfg['strategy'])} | tee -a backtests.log"
    subprocess.run(command, shell=True, check=True)


def vuln_run_queued_shell() -> None:
    job = requests.get(f"{QUEUE_API}/next", timeout=30, verify=settings.CA_BUNDLE).json()
    cfg = job["config"]
    command = f"backtest --strategy {cfg['strategy']} --universe {cfg['universe']} | tee -a backtests.log"
    subprocess.run(command, shell=True, check=True)  # sink
