# family: redirect 601
from quart import Quart, redirect, request, url_for
from quart.views import MethodView

app = Quart(__name__)


class VulnSignOut(MethodView):
    async def post(self):
        form = await request.form
        return redirect(form.get("next", "/"))  # sink


class SafeSignOut(MethodView):
    async def post(self):
        return redirect(url_for("index"))  # sink


@app.route("/ir/lang")
async def vuln_language():
    return redirect(request.headers.get("Referer", "/"))  # sink


@app.route("/ir/lang/safe")
async def safe_language():
    target = request.args.get("next", "/")
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        target = "/"
    return redirect(target)  # sink
