"""Reading files of an untrusted tree: regular files only, never through a symlink that leaves the tree,
never more than a size limit. A FIFO, a device or `x.env -> /proc/self/environ` is refused, not read."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path


class NotReadable(Exception):
    """The file was not read; the message says why (for a 'not checked' problem)."""


class TooLarge(NotReadable):
    """The file is over the size limit: `head` holds its first bytes, to tell what kind of file it is."""

    def __init__(self, message: str, head: bytes) -> None:
        super().__init__(message)
        self.head = head


HEAD_BYTES = 256 * 1024  # what a file over the limit is judged by (minified lines, markers, template tags)


def leaves(path: str | Path, root: str | Path) -> bool:
    """Whether `path`, with every symlink resolved, lies outside `root`."""
    real, top = os.path.realpath(path), os.path.realpath(root)
    return real != top and not real.startswith(top.rstrip(os.sep) + os.sep)


def read_regular(path: str | Path, max_size: int | None = None) -> bytes:
    """The bytes of a regular file; opening does not block on a FIFO, and the type is checked on the open
    descriptor, so a file swapped after a check is still refused."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise NotReadable(f"cannot read: {exc.strerror or exc}") from None
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotReadable("skipped: not a regular file (FIFO, device or socket)")
        try:
            if max_size is not None and info.st_size > max_size:
                head = handle.read(min(HEAD_BYTES, max_size))
                raise TooLarge(f"file too large ({info.st_size} bytes; max-file-size is {max_size})", head)
            data = handle.read() if max_size is None else handle.read(max_size + 1)
        except OSError as exc:
            raise NotReadable(f"cannot read: {exc.strerror or exc}") from None
    if max_size is not None and len(data) > max_size:
        raise TooLarge(f"file too large (over {max_size} bytes, the max-file-size)", data[: min(HEAD_BYTES, max_size)])
    return data


def read_head(path: str | Path, size: int) -> bytes:
    """At most the first `size` bytes of a regular file that is no symlink (what a file's first line says
    about it), b"" for anything else: never read through a link, never more than asked."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return b""
    with os.fdopen(fd, "rb") as handle:
        try:
            return handle.read(size) if stat.S_ISREG(os.fstat(fd).st_mode) else b""
        except OSError:
            return b""


def plain_file(path: str | Path) -> bool:
    """A regular file that is not a symlink: its real path is its directory's, with its own name."""
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


def is_regular(path: str | Path) -> bool:
    """A regular file (after symlinks), without opening it."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


def walk(
    top: str | Path, onerror: Callable[[OSError], None] | None = None
) -> Iterator[tuple[str, list[str], list[str]]]:
    """`os.walk(top, onerror=onerror)` (top-down, `dirnames` may be pruned, directory symlinks listed but not
    entered) without recursion: Python 3.10 and 3.11 walk recursively, and a tree nested a thousand folders
    deep ended the scan in a RecursionError. A path past the system's length limit is an `onerror`."""
    stack = [os.fspath(top)]
    while stack:
        directory = stack.pop()
        dirnames: list[str] = []
        filenames: list[str] = []
        try:
            with os.scandir(directory) as entries:
                for entry in entries:
                    try:
                        is_dir = entry.is_dir()
                    except OSError:
                        is_dir = False
                    (dirnames if is_dir else filenames).append(entry.name)
        except OSError as exc:
            if onerror is not None:
                onerror(exc)
            continue
        yield directory, dirnames, filenames
        below = (os.path.join(directory, name) for name in dirnames)
        stack.extend(reversed([path for path in below if not os.path.islink(path)]))


def write_report(path: Path, text: str) -> None:
    """Write a report to `path` (its folders made as needed), never through a symlink the scanned repository
    committed where the CI job writes its reports: inside the working directory, `guidelint.sarif ->
    ~/.profile` (a symlink as the file) or `reports -> /elsewhere` (a folder resolving outside it) is an
    OSError. A path outside the working directory is the job's own choice (`/dev/null`, `/dev/fd/63`)."""
    here, absolute = os.getcwd(), os.path.abspath(path)
    folder = os.path.dirname(absolute)
    inside = absolute.startswith(here.rstrip(os.sep) + os.sep)
    if inside and leaves(folder, here):
        raise OSError(f"{folder} leads out of the working directory through a symlink")
    os.makedirs(folder, exist_ok=True)
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(absolute, flags | (getattr(os, "O_NOFOLLOW", 0) if inside else 0), 0o666)
    except OSError:
        if inside and os.path.islink(absolute):
            raise OSError(f"{path} is a symlink") from None
        raise
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
