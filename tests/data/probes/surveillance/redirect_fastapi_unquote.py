# family: redirect 601
from urllib.parse import unquote

from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/login/done")
def vuln_login_done(back: str = "%2Fdashboard"):
    return RedirectResponse(unquote(back))  # sink


@app.get("/login/done2")
def safe_login_done(back: str = "%2Fdashboard"):
    target = unquote(back)
    if not target.startswith("/") or target.startswith("//") or target.startswith("/\\"):
        target = "/dashboard"
    return RedirectResponse(target)  # sink
