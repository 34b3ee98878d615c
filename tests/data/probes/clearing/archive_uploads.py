# family: archive 22 23 409
import shutil
import tarfile
import zipfile

MAX_UNPACKED = 200 * 1024 * 1024


def safe_zip_import(upload, dest: str) -> None:
    with zipfile.ZipFile(upload) as archive:
        if sum(member.file_size for member in archive.infolist()) > MAX_UNPACKED:
            raise ValueError("archive too large once unpacked")
        archive.extractall(dest)


def safe_unpack_filtered(path: str, dest: str) -> None:
    shutil.unpack_archive(path, dest, filter="data")


def safe_tar_members(path: str, dest: str) -> None:
    with tarfile.open(path) as archive:
        archive.extractall(dest, filter="data")


def vuln_tar_import(path: str, dest: str) -> None:
    with tarfile.open(path) as archive:
        archive.extractall(dest)  # sink
