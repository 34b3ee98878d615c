# family: cmd 78
import subprocess

from litestar import Controller, get, post

REPORT_KINDS = ("annual", "interim")


class VulnReportController(Controller):
    path = "/reports"

    @get("/{kind:str}")
    async def build(self, kind: str) -> dict:
        subprocess.run(f"/opt/ir/bin/build-report {kind}", shell=True, check=True)  # sink
        return {"kind": kind}

    @post("/notes")
    async def note(self, data: dict) -> dict:
        subprocess.run("/opt/ir/bin/add-note " + data["text"], shell=True, check=True)  # sink
        return {"ok": True}


class SafeReportController(Controller):
    path = "/reports/safe"

    @get("/{kind:str}")
    async def build(self, kind: str) -> dict:
        if kind not in REPORT_KINDS:
            return {"error": "unknown kind"}
        subprocess.run(f"/opt/ir/bin/build-report {kind}", shell=True, check=True)  # sink
        return {"kind": kind}

    @post("/notes")
    async def note(self, data: dict) -> dict:
        subprocess.run(["/opt/ir/bin/add-note", data["text"]], check=True)  # sink
        return {"ok": True}
