# family: path 22 23 36 73 99
import os
import tempfile

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()
REPORTS = "/srv/archive/reports"


@app.get("/reports/{year}/{name}")
def vuln_report_file(year: int, name: str):
    return FileResponse(os.path.join(REPORTS, str(year), name))  # sink


@app.get("/reports/v2/{year}/{name}")
def safe_report_file(year: int, name: str):
    path = os.path.realpath(os.path.join(REPORTS, str(year), name))
    if not path.startswith(REPORTS + os.sep):
        raise HTTPException(404)
    return FileResponse(path)


@app.post("/drafts")
def vuln_new_draft(title: str):
    fd, path = tempfile.mkstemp(prefix=f"{title}-", suffix=".md", dir="/srv/archive/drafts")  # sink
    os.close(fd)
    return {"draft": os.path.basename(path)}


@app.post("/drafts/v2")
def safe_new_draft(title: str):
    fd, path = tempfile.mkstemp(prefix="draft-", suffix=".md", dir="/srv/archive/drafts")
    with os.fdopen(fd, "w") as out:
        out.write(f"# {title}\n")
    return {"draft": os.path.basename(path)}
