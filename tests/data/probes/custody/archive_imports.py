# family: archive 22 23
import os
import tarfile
import zipfile


def safe_import_statements(bundle, dest):
    with tarfile.open(bundle) as tar:
        tar.extractall(dest, filter="data")


def vuln_import_statements(bundle, dest):
    with tarfile.open(bundle) as tar:
        tar.extractall(dest)  # sink


def safe_import_confirmations(bundle, dest):
    root = os.path.realpath(dest)
    with tarfile.open(bundle, "r:gz") as tar:
        for member in tar.getmembers():
            target = os.path.realpath(os.path.join(root, member.name))
            if not target.startswith(root + os.sep) or member.issym() or member.islnk():
                raise ValueError(f"unsafe member {member.name}")
        tar.extractall(root)


def vuln_import_one(bundle, dest, name):
    with tarfile.open(bundle) as tar:
        tar.extract(name, dest)  # sink


def safe_import_zip(bundle, dest):
    with zipfile.ZipFile(bundle) as archive:
        archive.extractall(dest)
