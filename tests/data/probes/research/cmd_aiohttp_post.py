# family: cmd 78
import asyncio
import subprocess

from aiohttp import web


async def vuln_convert_note(request):
    form = await request.post()
    name = form["name"]
    proc = await asyncio.create_subprocess_shell(f"pandoc /srv/research/md/{name}.md -o /tmp/{name}.docx")  # sink
    await proc.wait()
    return web.json_response({"ok": True})


async def safe_convert_note(request):
    form = await request.post()
    name = form["name"]
    proc = await asyncio.create_subprocess_exec("pandoc", f"/srv/research/md/{name}.md", "-o", "/tmp/out.docx")  # sink
    await proc.wait()
    return web.json_response({"ok": True})


async def vuln_word_count(request):
    form = await request.post()
    out = subprocess.check_output("wc -w /srv/research/md/" + form.get("name", "index") + ".md", shell=True)  # sink
    return web.json_response({"words": out.decode()})
