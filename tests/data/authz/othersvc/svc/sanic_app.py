from functools import wraps

from sanic import Blueprint, Sanic, json
from sanic.exceptions import Unauthorized

from svc.store import rows

app = Sanic("desk")
trades = Blueprint("trades", url_prefix="/trades")


def protected(handler):
    @wraps(handler)
    async def wrapper(request, *args, **kwargs):
        if request.ctx.user is None:
            raise Unauthorized("sign in")
        return await handler(request, *args, **kwargs)

    return wrapper


@app.get("/positions/<account>")
@protected
async def positions(request, account):  # quiet
    return json(rows("positions", account))


@app.get("/quotes/<symbol>")
async def quotes(request, symbol):  # expect
    return json(rows("quotes", symbol))


@trades.route("/<trade_id>")
async def trade(request, trade_id):  # expect
    return json(rows("trade", trade_id))


app.blueprint(trades)
