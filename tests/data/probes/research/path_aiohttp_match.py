# family: path 22 23 36 73 99
import os

from aiohttp import web

ARCHIVE = "/srv/research/archive"


async def vuln_archived_note(request):
    name = request.match_info["name"]
    with open(os.path.join(ARCHIVE, name)) as fh:  # sink
        return web.Response(text=fh.read())


async def safe_archived_note(request):
    name = request.match_info["name"]
    path = os.path.normpath(os.path.join(ARCHIVE, name))
    if not path.startswith(ARCHIVE + os.sep):
        raise web.HTTPNotFound()
    with open(path) as fh:  # sink
        return web.Response(text=fh.read())
