# family: cmd 78
import shlex
import subprocess
from dataclasses import dataclass

from litestar import post


@dataclass
class ArchiveJob:
    deal: str
    target: str


@post("/litestar/archive")
async def vuln_archive(data: ArchiveJob) -> dict:
    subprocess.run(f"tar czf /srv/gateway/out/{data.target}.tgz /srv/gateway/deals/{data.deal}", shell=True)  # sink
    return {"ok": True}


@post("/litestar/archive/safe")
async def safe_archive(data: ArchiveJob) -> dict:
    cmd = f"tar czf /srv/gateway/out/{shlex.quote(data.target)}.tgz /srv/gateway/deals/{shlex.quote(data.deal)}"
    subprocess.run(cmd, shell=True)  # sink
    return {"ok": True}
