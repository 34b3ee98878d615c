# family: perms 732 276
import os
import stat

EXPORT_DIR = "/srv/registry/exports"


def vuln_write_export(name, data):
    path = os.path.join(EXPORT_DIR, name)
    with open(path, "wb") as handle:
        handle.write(data)
    os.chmod(path, 0o666)  # sink


def safe_write_export(name, data):
    path = os.path.join(EXPORT_DIR, name)
    with open(path, "wb") as handle:
        handle.write(data)
    os.chmod(path, 0o640)  # sink


def vuln_share(path):
    os.chmod(path, os.stat(path).st_mode | stat.S_IWOTH)  # sink


def safe_share(path):
    os.chmod(path, os.stat(path).st_mode | stat.S_IRGRP)  # sink
