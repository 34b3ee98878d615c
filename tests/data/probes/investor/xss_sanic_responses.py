# family: xss 79 80
import html as markup

from sanic import HTTPResponse, Sanic, html, text

app = Sanic("ir_pages")


# sanic's top-level exports are the sanic.response helpers
@app.get("/ir/tag")
async def vuln_tag(request):
    return html(f"<span class='tag'>{request.args.get('tag', '')}</span>")  # sink


@app.get("/ir/tag/safe")
async def safe_tag(request):
    return html(f"<span class='tag'>{markup.escape(request.args.get('tag', ''))}</span>")  # sink


@app.get("/ir/tag.txt")
async def safe_tag_text(request):
    return text(f"tag: {request.args.get('tag', '')}")  # sink


# HTTPResponse(body) names no content type: a browser sniffs the markup
@app.get("/ir/headline")
async def vuln_headline(request):
    return HTTPResponse(f"<h1>{request.args.get('headline', '')}</h1>")  # sink


@app.get("/ir/headline.txt")
async def safe_headline(request):
    return HTTPResponse(f"<{request.args.get('headline', '')}>", content_type="text/plain; charset=utf-8")  # sink


@app.post("/ir/preview")
async def vuln_preview(request):
    return HTTPResponse(request.body, content_type="text/html")  # sink


@app.post("/ir/preview.txt")
async def safe_preview(request):
    return HTTPResponse(request.body, content_type="text/plain")  # sink
