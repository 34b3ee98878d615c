# family: xss 79 80
import html

from aiohttp import web


class VulnGreetingView(web.View):
    async def post(self):
        form = await self.request.post()
        name = form.get("name", "")
        return web.Response(text=f"<p>Welcome, {name}</p>", content_type="text/html")  # sink


class SafeGreetingView(web.View):
    async def post(self):
        form = await self.request.post()
        name = form.get("name", "")
        return web.Response(text=f"<p>Welcome, {html.escape(name)}</p>", content_type="text/html")  # sink


class SafeGreetingTextView(web.View):
    async def post(self):
        form = await self.request.post()
        return web.Response(text=f"Welcome, {form.get('name', '')}", content_type="text/plain")  # sink


async def vuln_notice(request):
    text = request.query.get("text", "")
    return web.Response(body=f"<div class='notice'>{text}</div>", content_type="text/html")  # sink


async def safe_notice(request):
    text = request.query.get("text", "")
    return web.json_response({"notice": text})  # sink
