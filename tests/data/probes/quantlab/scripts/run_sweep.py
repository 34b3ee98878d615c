# family: cmd 78
"""Run a parameter sweep of backtests from the command line, and post a note to the team's channel."""

import argparse
import os
import subprocess
import sys

from tqdm import tqdm


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--strategy", required=True)
    parser.add_argument("--lookbacks", type=int, nargs="+", default=[20, 60, 120])
    parser.add_argument("--note", default="")
    return parser.parse_args(argv)


def safe_sweep(args: argparse.Namespace) -> None:
    for lookback in tqdm(args.lookbacks, desc="sweep"):
        subprocess.run(
            [sys.executable, "-m", "quantlab.backtest", "--strategy", args.strategy, "--lookback", str(lookback)],
            check=True,
        )


def vuln_notify(args: argparse.Namespace) -> None:
    os.system(f"notify-team --channel quant-research --text 'sweep {args.strategy} done: {args.note}'")  # sink


if __name__ == "__main__":
    arguments = parse_args()
    safe_sweep(arguments)
    vuln_notify(arguments)
