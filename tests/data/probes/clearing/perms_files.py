# family: perms 732 276
import os
import stat
from pathlib import Path


def safe_make_executable(script: str) -> None:
    mode = os.stat(script).st_mode
    os.chmod(script, mode | stat.S_IXUSR | stat.S_IXGRP)


def safe_publish_report(path: Path) -> None:
    path.chmod(0o644)


def safe_shared_spool(spool: str) -> None:
    os.makedirs(spool, mode=0o2770, exist_ok=True)


def safe_refuse_writable_config(path: str) -> None:
    st = os.stat(path)
    if st.st_mode & stat.S_IWOTH:
        raise PermissionError(f"{path} is writable by every user; refusing to load it")


def safe_drop_other_write(path: str) -> None:
    mode = stat.S_IMODE(os.stat(path).st_mode)
    os.chmod(path, mode & ~stat.S_IWOTH & ~stat.S_IWGRP)


def safe_private_key_file(path: str, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)


def vuln_shared_export(path: str) -> None:
    os.chmod(path, 0o666)  # sink


def vuln_open_upload_dir(path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True)
    path.chmod(0o777)  # sink


def vuln_add_other_write(path: str) -> None:
    mode = os.stat(path).st_mode
    os.chmod(path, mode | stat.S_IWOTH)  # sink


def vuln_clear_umask() -> None:
    os.umask(0)  # sink
