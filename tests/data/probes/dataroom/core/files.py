"""File helpers of the export service: exports streamed to the client in chunks."""
from collections.abc import Iterator
from pathlib import Path


def iter_file(path: Path, chunk: int = 65536) -> Iterator[bytes]:
    with open(path, "rb") as handle:
        while data := handle.read(chunk):
            yield data
