# family: xss 79 80
import html

from litestar import MediaType, Response, get


@get("/litestar/hello", media_type=MediaType.HTML)
async def vuln_hello(name: str = "") -> str:
    return f"<h1>Welcome back, {name}</h1>"  # sink


@get("/litestar/hello/safe", media_type=MediaType.HTML)
async def safe_hello(name: str = "") -> str:
    return f"<h1>Welcome back, {html.escape(name)}</h1>"  # sink


@get("/litestar/banner")
async def vuln_banner(desk: str = "") -> Response:
    return Response(content=f"<div class='desk'>{desk}</div>", media_type=MediaType.HTML)  # sink


@get("/litestar/banner/text")
async def safe_banner_text(desk: str = "") -> Response:
    return Response(content=f"desk: {desk}", media_type=MediaType.TEXT)  # sink
