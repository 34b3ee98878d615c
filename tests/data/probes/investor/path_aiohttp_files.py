# family: path 22 23 36 73 99
import os

from aiohttp import web

PACKS = "/srv/ir/press-packs"
PACK_FILES = {"results": "results-pack.zip", "agm": "agm-pack.zip"}


# web.FileResponse(path) sends the file at that path
async def vuln_press_pack(request):
    name = request.match_info["name"]
    return web.FileResponse(os.path.join(PACKS, name))  # sink


async def safe_press_pack(request):
    name = PACK_FILES.get(request.match_info["name"], "results-pack.zip")
    return web.FileResponse(os.path.join(PACKS, name))  # sink


async def vuln_store_upload(request):
    reader = await request.multipart()
    part = await reader.next()
    with open(os.path.join(PACKS, part.filename), "wb") as out:  # sink
        out.write(await part.read())
    return web.json_response({"stored": True})


async def safe_store_upload(request):
    reader = await request.multipart()
    part = await reader.next()
    with open(os.path.join(PACKS, os.path.basename(part.filename)), "wb") as out:  # sink
        out.write(await part.read())
    return web.json_response({"stored": True})
