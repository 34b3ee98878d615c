# family: path 22 23 36 73 99
import os
from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

from .common.checks import period_or_abort, period_or_log

app = FastAPI()
STATEMENTS = Path("/srv/fundadmin/statements")


@app.get("/statements/resolve")
def vuln_resolve(name: str):
    target = STATEMENTS / name
    if not target.resolve().is_relative_to(STATEMENTS.resolve()):
        print("outside statements", name)
    return FileResponse(target)  # sink


@app.get("/statements/resolve/safe")
def safe_resolve(name: str):
    target = STATEMENTS / name
    if not target.resolve().is_relative_to(STATEMENTS.resolve()):
        raise HTTPException(404)
    return FileResponse(target)  # sink


@app.get("/statements/int")
def vuln_int_dropped(period: str):
    try:
        int(period)
    except ValueError:
        print("period is no number", period)
    return FileResponse(os.path.join(STATEMENTS, period + ".pdf"))  # sink


@app.get("/statements/int/safe")
def safe_int_kept(period: str):
    period = str(int(period))
    return FileResponse(os.path.join(STATEMENTS, period + ".pdf"))  # sink


@app.get("/statements/name")
def vuln_name_checked_elsewhere(name: str):
    if Path(name).name != name:
        print("nested name", name)
    return FileResponse(STATEMENTS / name)  # sink


@app.get("/statements/name/safe")
def safe_name_checked(name: str):
    if Path(name).name != name or name.startswith("."):
        raise HTTPException(400)
    return FileResponse(STATEMENTS / name)  # sink


@app.get("/statements/assert")
def vuln_assert(name: str):
    assert name.isalnum()
    return FileResponse(STATEMENTS / f"{name}.pdf")  # sink


@app.get("/statements/assert/safe")
def safe_isalnum(name: str):
    if not name.isalnum():
        raise HTTPException(400)
    return FileResponse(STATEMENTS / f"{name}.pdf")  # sink


def _refuse(name):
    if "/" in name or ".." in name:
        raise HTTPException(400)


def _warn(name):
    if "/" in name or ".." in name:
        print("suspicious", name)
        return
    print("fine", name)


@app.get("/statements/helper-raise")
def vuln_helper_warns(name: str):
    _warn(name)
    return FileResponse(STATEMENTS / name)  # sink


@app.get("/statements/helper-raise/safe")
def safe_helper_raises(name: str):
    _refuse(name)
    return FileResponse(STATEMENTS / name)  # sink


@app.get("/statements/lower")
def vuln_lower_original(name: str):
    if not name.lower().endswith(".pdf"):
        raise HTTPException(400)
    return FileResponse(os.path.join(STATEMENTS, name))  # sink


@app.get("/statements/lower/safe")
def safe_basename(name: str):
    if not name.lower().endswith(".pdf"):
        raise HTTPException(400)
    return FileResponse(os.path.join(STATEMENTS, os.path.basename(name)))  # sink


@app.get("/statements/period")
def vuln_period_logged(period: str):
    period_or_log(period)
    return FileResponse(STATEMENTS / f"{period}.pdf")  # sink


@app.get("/statements/period/safe")
def safe_period_aborts(period: str):
    period_or_abort(period)
    return FileResponse(STATEMENTS / f"{period}.pdf")  # sink
