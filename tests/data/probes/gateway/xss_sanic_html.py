# family: xss 79 80
import html

from sanic import Sanic, response

app = Sanic("gateway_sanic_pages")


@app.get("/sanic/hello")
async def vuln_hello(request):
    return response.html(f"<h1>Welcome back, {request.args.get('name', '')}</h1>")  # sink


@app.get("/sanic/hello/safe")
async def safe_hello(request):
    return response.html(f"<h1>Welcome back, {html.escape(request.args.get('name', ''))}</h1>")  # sink


@app.get("/sanic/hello/text")
async def safe_hello_text(request):
    return response.text(f"Welcome back, {request.args.get('name', '')}")  # sink


@app.post("/sanic/note")
async def vuln_note(request):
    return response.html("<pre>" + request.form.get("note", "") + "</pre>")  # sink
