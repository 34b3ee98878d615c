# family: xss 79 80
import html

from fastapi import FastAPI, Header
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/session/info", response_class=HTMLResponse)
def vuln_session_info(user_agent: str = Header("")):
    return HTMLResponse("<p>Signed in from " + user_agent + "</p>")  # sink


@app.get("/session/info2", response_class=HTMLResponse)
def safe_session_info(user_agent: str = Header("")):
    return HTMLResponse("<p>Signed in from " + html.escape(user_agent) + "</p>")  # sink
