# family: cmd 78
import shlex
import subprocess

from aiohttp import web


async def vuln_lookup_isin(request):
    isin = (await request.read()).decode("utf-8").strip()
    out = subprocess.getoutput(f"isin-lookup {isin}")  # sink
    return web.Response(text=out)


async def safe_lookup_isin(request):
    isin = (await request.read()).decode("utf-8").strip()
    out = subprocess.getoutput(f"isin-lookup {shlex.quote(isin)}")  # sink
    return web.Response(text=out)
