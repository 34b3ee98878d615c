# family: archive 22 409
"""Unpacking of the archives partners deliver and the desk's own backups."""

import os
import tarfile
import zipfile
from pathlib import Path

MAX_UNPACKED = 500 * 1024 * 1024


def safe_tar_members(path: str, dest: str) -> None:
    root = Path(dest).resolve()
    with tarfile.open(path) as archive:
        members = []
        for member in archive.getmembers():
            target = (root / member.name).resolve()
            if not target.is_relative_to(root) or member.issym() or member.islnk() or member.isdev():
                raise ValueError(f"unsafe member {member.name!r}")
            members.append(member)
        archive.extractall(root, members=members)


def safe_tar_filter_attribute(path: str, dest: str) -> None:
    with tarfile.open(path) as archive:
        archive.extraction_filter = tarfile.data_filter
        archive.extractall(dest)


def safe_zip_members(path: str, dest: str) -> None:
    with zipfile.ZipFile(path) as archive:
        if sum(info.file_size for info in archive.infolist()) > MAX_UNPACKED:
            raise ValueError("archive too large once unpacked")
        for info in archive.infolist():
            if info.is_dir():
                continue
            archive.extract(info, dest)


def safe_single_member(path: str, dest: str) -> str:
    with zipfile.ZipFile(path) as archive:
        data = archive.read("statement.csv")
    target = os.path.join(dest, "statement.csv")
    with open(target, "wb") as handle:
        handle.write(data)
    return target


def vuln_partner_tar(path: str, dest: str) -> None:
    with tarfile.open(path, "r:gz") as archive:
        archive.extractall(dest)  # sink


def vuln_trusting_filter(path: str, dest: str) -> None:
    with tarfile.open(path) as archive:
        archive.extractall(dest, filter="fully_trusted")  # sink
