# family: redirect 601
from sanic import Sanic, response

app = Sanic("gateway_sanic_login")


@app.get("/sanic/login/done")
async def vuln_after_login(request):
    return response.redirect(request.args.get("next", "/"))  # sink


@app.get("/sanic/login/done/safe")
async def safe_after_login(request):
    target = request.args.get("next", "/")
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        target = "/"
    return response.redirect(target)  # sink
