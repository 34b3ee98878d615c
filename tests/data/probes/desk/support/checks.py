import re
from pathlib import Path


class FileNameRule:
    """Accepts plain file names of the document store, refuses anything else."""

    def __init__(self, pattern=r"[A-Za-z0-9_-]+\.(pdf|docx|xlsx)"):
        self.pattern = re.compile(pattern)

    def __call__(self, name):
        if not self.pattern.fullmatch(name):
            raise ValueError(f"not a document name: {name!r}")
        return name


def inside(base: Path, candidate: Path) -> bool:
    return candidate.resolve().is_relative_to(base.resolve())
