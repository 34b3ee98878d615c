# family: ssti 1336 94
from litestar import get
from litestar.response import Template


# Template(template_str=...) compiles the string it is given as the template itself
@get("/ir/banner")
async def vuln_banner(headline: str) -> Template:
    return Template(template_str="<h1>" + headline + "</h1>")  # sink


@get("/ir/banner/safe")
async def safe_banner(headline: str) -> Template:
    return Template(template_str="<h1>{{ headline }}</h1>", context={"headline": headline})  # sink


@get("/ir/page")
async def safe_page(headline: str) -> Template:
    return Template(template_name="ir/page.html.j2", context={"headline": headline})  # sink
