# family: redirect 601
from urllib.parse import urlparse

from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()
STEPS = {"/apply/identity", "/apply/address", "/apply/review"}


@app.get("/apply/continue")
def vuln_continue_application(step: str = "/apply/identity"):
    if urlparse(step).path not in STEPS:
        step = "/apply/identity"
    return RedirectResponse(step)  # sink


@app.get("/apply/continue2")
def safe_continue_application(step: str = "/apply/identity"):
    if step not in STEPS:
        step = "/apply/identity"
    return RedirectResponse(step)  # sink
