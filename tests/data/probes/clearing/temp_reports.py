# family: temp 377
import os
import tempfile


def safe_named_export(rows: list[str]) -> str:
    with tempfile.NamedTemporaryFile("w", suffix=".csv", prefix="margin-", delete=False) as handle:
        handle.write("\n".join(rows))
        return handle.name


def safe_work_dir(rows: list[str]) -> str:
    work = tempfile.mkdtemp(prefix="clearing-")
    path = os.path.join(work, "margin.csv")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("\n".join(rows))
    return path


def vuln_fixed_tmp(rows: list[str]) -> str:
    path = "/tmp/clearing-margin.csv"
    with open(path, "w", encoding="utf-8") as handle:  # sink
        handle.write("\n".join(rows))
    return path


def vuln_mktemp() -> str:
    return tempfile.mktemp(suffix=".csv")  # sink
