from sanic import Sanic, json
from sanic.exceptions import Unauthorized

from desk.config import PUBLIC_PREFIXES
from desk.store import rows

gate = Sanic("gate")


@gate.on_request
async def require_session(request):
    if request.path.startswith(tuple(PUBLIC_PREFIXES)):
        return None
    if request.ctx.session is None:
        raise Unauthorized("sign in")


@gate.get("/public/rates")
async def rates(request):  # expect
    return json(rows("rates"))


@gate.get("/book")
async def book(request):  # quiet
    return json(rows("book"))
