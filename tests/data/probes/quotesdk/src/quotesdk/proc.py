# family: cmd 78
"""Running the vendor's command-line tools: argument lists, never a shell."""

from __future__ import annotations

import shlex
import shutil
import subprocess
from collections.abc import Sequence


def safe_run(args: Sequence[str], *, check: bool = True, timeout: float = 60) -> str:
    return subprocess.run(list(args), check=check, capture_output=True, text=True, timeout=timeout).stdout


def safe_openssl_fingerprint(cert_path: str) -> str:
    openssl = shutil.which("openssl") or "openssl"
    return safe_run([openssl, "x509", "-noout", "-fingerprint", "-sha256", "-in", cert_path])


def safe_describe(args: Sequence[str]) -> str:
    return shlex.join(args)


def vuln_run_command(command: str) -> str:
    return subprocess.run(command, shell=True, capture_output=True, text=True).stdout  # sink


def vuln_export(symbol: str, target: str) -> int:
    return subprocess.call("quotes-export --symbol " + symbol + " > " + target, shell=True)  # sink
