# family: xss 79 80
import html

from fastapi import APIRouter
from fastapi.responses import HTMLResponse, PlainTextResponse

router = APIRouter(prefix="/ir")


# a route declared response_class=HTMLResponse sends the string it returns as text/html
@router.get("/welcome", response_class=HTMLResponse)
def vuln_welcome(name: str = ""):
    return f"<h1>Welcome, {name}</h1>"  # sink


@router.get("/welcome/safe", response_class=HTMLResponse)
def safe_welcome(name: str = ""):
    return f"<h1>Welcome, {html.escape(name)}</h1>"  # sink


# without it, the string is sent as JSON
@router.get("/welcome/json")
def safe_welcome_json(name: str = ""):
    return f"Welcome, {name}"  # sink


@router.get("/welcome.txt", response_class=PlainTextResponse)
def safe_welcome_text(name: str = ""):
    return f"<Welcome, {name}>"  # sink


# a response built in the endpoint is checked where it is built
@router.get("/welcome/page", response_class=HTMLResponse)
def vuln_welcome_page(name: str = ""):
    return HTMLResponse(content="<h1>Welcome, " + name + "</h1>")  # sink


@router.get("/issuers/{issuer}", response_class=HTMLResponse)
async def vuln_issuer(issuer: str):
    body = "<h2>" + issuer + "</h2>"
    return body  # sink


@router.get("/issuers/{issuer}/safe", response_class=HTMLResponse)
async def safe_issuer(issuer: int):
    body = "<h2>" + str(issuer) + "</h2>"
    return body  # sink
