# family: xss 79 80
import html

from fastapi import APIRouter, FastAPI
from fastapi.responses import HTMLResponse

router = APIRouter()


def vuln_statement_title(title: str):
    return HTMLResponse(f"<html><title>{title}</title><body>Statement</body></html>")  # sink


def safe_statement_title(title: str):
    return HTMLResponse(f"<html><title>{html.escape(title)}</title><body>Statement</body></html>")  # sink


router.add_api_route("/statements/title", vuln_statement_title, methods=["GET"])
router.add_api_route("/statements/title/escaped", safe_statement_title, methods=["GET"])
api = FastAPI()
api.include_router(router)
