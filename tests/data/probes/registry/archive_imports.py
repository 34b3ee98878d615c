# family: archive 22 409
import tarfile
import zipfile

IMPORT_ROOT = "/srv/registry/imports"
MAX_MEMBERS = 500
MAX_BYTES = 50 * 1024 * 1024


def vuln_unpack_filing(path):
    with tarfile.open(path) as bundle:
        bundle.extractall(IMPORT_ROOT)  # sink


def safe_unpack_filing(path):
    with tarfile.open(path) as bundle:
        bundle.extractall(IMPORT_ROOT, filter="data")  # sink


def vuln_unpack_batch(path):
    with zipfile.ZipFile(path) as batch:
        batch.extractall(IMPORT_ROOT)  # sink


def safe_unpack_batch(path):
    with zipfile.ZipFile(path) as batch:
        members = batch.infolist()
        if len(members) > MAX_MEMBERS or sum(m.file_size for m in members) > MAX_BYTES:
            raise ValueError("archive too large")
        for member in members:
            if member.filename.startswith("/") or ".." in member.filename.split("/"):
                raise ValueError("unsafe member")
        batch.extractall(IMPORT_ROOT)  # sink
