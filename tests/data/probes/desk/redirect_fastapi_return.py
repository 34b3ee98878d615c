# family: redirect 601
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()
SECTIONS = {"billing": "/portal/billing", "tickets": "/portal/tickets"}


@app.get("/sso/done")
async def vuln_sso_done(return_to: str = "/portal"):
    return RedirectResponse(url=return_to, status_code=303)  # sink


@app.get("/sso/done/safe")
async def safe_sso_done(section: str = "tickets"):
    return RedirectResponse(url=SECTIONS.get(section, "/portal"), status_code=303)  # sink
