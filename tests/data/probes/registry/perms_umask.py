# family: perms 732 276
import os


def vuln_open_umask():
    os.umask(0)  # sink
    with open("/srv/registry/exports/latest.csv", "w") as handle:
        handle.write("")


def vuln_fd(path):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
    os.fchmod(fd, 0o777)  # sink
    return fd


def safe_fd(path):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
    os.fchmod(fd, 0o600)  # sink
    return fd
