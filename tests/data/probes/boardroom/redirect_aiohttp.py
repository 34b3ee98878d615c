# family: redirect 601
from aiohttp import web

SECTIONS = {"agenda": "/board/agenda", "papers": "/board/papers"}


async def vuln_open_section(request):
    raise web.HTTPFound(request.query.get("to", "/board"))  # sink


async def safe_open_section(request):
    raise web.HTTPFound(request.app.router["agenda"].url_for())  # sink


async def vuln_after_vote(request):
    form = await request.post()
    return web.Response(status=303, headers={"Location": form["back"]})  # sink


async def safe_after_vote(request):
    form = await request.post()
    return web.Response(status=303, headers={"Location": SECTIONS.get(form["back"], "/board")})  # sink


async def vuln_after_abstain(request):
    response = web.Response(status=302)
    response.headers["Location"] = request.query["back"]  # sink
    return response


async def safe_after_abstain(request):
    response = web.Response(status=302)
    response.headers["Location"] = SECTIONS.get(request.query["back"], "/board")  # sink
    return response
