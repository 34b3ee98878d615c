# family: redirect 601
import azure.functions as func

PAGES = {"calendar": "/ir/calendar", "filings": "/ir/filings"}


def vuln_after_login(req: func.HttpRequest) -> func.HttpResponse:
    return func.HttpResponse(status_code=302, headers={"Location": req.params.get("next", "/ir")})  # sink


def safe_after_login(req: func.HttpRequest) -> func.HttpResponse:
    return func.HttpResponse(status_code=302, headers={"Location": PAGES.get(req.params.get("next"), "/ir")})  # sink
