#!/usr/bin/env python3
"""Detection quality on the third-party labelled corpora (../shared/bench/README.md).

    MIRROR=<fetched snapshots> CORPORA=<folder> python ../shared/bench/build_corpora.py   # once
    python bench/detection.py <CORPORA>

Scans each labelled corpus with the full built-in pack and scores the SARIF with the shared scorer
(recall and false-positive rate, pooled and per CWE family).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

SCORER = Path(__file__).resolve().parents[2] / "shared" / "bench" / "score_labels.py"
BIN = Path(sys.executable).parent


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    corpora = Path(sys.argv[1]).resolve()
    for name in ("secbench", "semgrep-tests"):
        corpus = corpora / name
        if not (corpus / "labels.json").is_file():
            print(f"{name}: not built (no labels.json in {corpus})")
            continue
        with tempfile.TemporaryDirectory() as work:
            report = Path(work) / "r.sarif"
            subprocess.run(
                [
                    str(BIN / "guidelint"),
                    "scan",
                    str(corpus),
                    "--no-cache",
                    "--no-progress",
                    "--format",
                    "sarif",
                    "--output",
                    str(report),
                ],
                capture_output=True,
            )
            score = subprocess.run(
                [sys.executable, str(SCORER), str(corpus / "labels.json"), str(report)],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        print(f"== {name}\n{score}")


if __name__ == "__main__":
    main()
