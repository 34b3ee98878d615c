from uuid import uuid4

from sanic import Blueprint, json
from sanic.exceptions import Forbidden, Unauthorized

from svc.store import rows

vault = Blueprint("vault", url_prefix="/vault")
desk = Blueprint("desk", url_prefix="/desk")
ticker = Blueprint("ticker", url_prefix="/ticker")


@vault.on_request
async def require_session(request):
    if request.ctx.session is None:
        raise Unauthorized("sign in")


@desk.middleware("request")
async def require_staff(request):
    if not request.ctx.user.is_staff:
        raise Forbidden("staff only")


@ticker.on_request
async def tag_request(request):
    request.ctx.request_id = uuid4().hex


@vault.get("/keys")
async def keys(request):  # quiet
    return json(rows("keys"))


@desk.get("/book")
async def book(request):  # quiet
    return json(rows("book"))


@ticker.get("/<symbol>")
async def tick(request, symbol):  # expect
    return json(rows("tick", symbol))
