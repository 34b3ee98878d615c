# family: redirect 601
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()
ALLOWED_PAGES = {"overview": "/rooms", "calendar": "/calendar", "inbox": "/inbox"}


class BackLink:
    def __init__(self, request: Request):
        self.params = request.query_params

    @property
    def target(self):
        return self.params.get("back", "/rooms")

    @property
    def page(self):
        return ALLOWED_PAGES.get(self.params.get("page", ""), "/rooms")


@app.get("/back")
def vuln_back(request: Request):
    return RedirectResponse(BackLink(request).target)  # sink


@app.get("/back2")
def safe_back(request: Request):
    return RedirectResponse(BackLink(request).page)  # sink
