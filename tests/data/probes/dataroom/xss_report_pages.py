# family: xss 79 80
import html

from fastapi import FastAPI
from fastapi.responses import HTMLResponse, StreamingResponse
from jinja2 import Environment, PackageLoader

app = FastAPI()
raw_pages = Environment(loader=PackageLoader("dataroom"), autoescape=False, enable_async=True)
pages = Environment(loader=PackageLoader("dataroom"), autoescape=True, enable_async=True)


@app.get("/rooms/{room}/table")
async def vuln_streamed_table(room: int, client: str):
    async def rows():
        yield "<table>"
        yield f"<tr><td>{client}</td><td>{room}</td></tr>"  # sink
        yield "</table>"

    return StreamingResponse(rows(), media_type="text/html")


@app.get("/rooms/{room}/table/escaped")
async def safe_streamed_table(room: int, client: str):
    async def rows():
        yield "<table>"
        yield f"<tr><td>{html.escape(client)}</td><td>{room}</td></tr>"  # sink
        yield "</table>"

    return StreamingResponse(rows(), media_type="text/html")


@app.get("/covers/preview")
async def vuln_cover_preview(title: str):
    body = await raw_pages.get_template("cover.html").render_async(title=title)  # sink
    return HTMLResponse(body)  # sink


@app.get("/covers/preview/escaped")
async def safe_cover_preview(title: str):
    body = await pages.get_template("cover.html").render_async(title=title)  # sink
    return HTMLResponse(body)  # sink
