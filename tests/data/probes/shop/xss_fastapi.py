# family: xss 79
import html

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/profile/{user}", response_class=HTMLResponse)
async def vuln_profile(user: str):
    return HTMLResponse(content=f"<html><body><h2>{user}</h2></body></html>")  # sink


@app.get("/profile/safe/{user}", response_class=HTMLResponse)
async def safe_profile(user: str):
    return HTMLResponse(content=f"<html><body><h2>{html.escape(user)}</h2></body></html>")  # sink
