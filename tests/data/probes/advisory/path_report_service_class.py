# family: path 22 23 36 73 99
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import Response

api = FastAPI()


class ReportStore:
    def __init__(self, root: Path):
        self.root = root

    def load(self, name: str) -> bytes:
        return (self.root / name).read_bytes()  # sink

    def load_named(self, name: str) -> bytes:
        return (self.root / Path(name).name).read_bytes()  # sink


store = ReportStore(Path("/srv/advisory/reports"))


@api.get("/reports/{name}")
def vuln_report(name: str):
    return Response(store.load(name), media_type="application/pdf")


@api.get("/reports/named/{name}")
def safe_report(name: str):
    return Response(store.load_named(name), media_type="application/pdf")
