from sanic import Blueprint, Sanic, json
from sanic.exceptions import Unauthorized

from svc.store import rows

books = Sanic("books")
ledgers = Blueprint("ledgers", url_prefix="/ledgers")
journals = Blueprint("journals", url_prefix="/journals")
feeds = Blueprint("feeds", url_prefix="/feeds")


@books.on_request
async def require_session(request):
    if request.ctx.session is None:
        raise Unauthorized("sign in")


@ledgers.get("/<name>")
async def ledger(request, name):  # quiet
    return json(rows("ledger", name))


@journals.get("/<name>")
async def journal(request, name):  # quiet
    return json(rows("journal", name))


@feeds.get("/<name>")
async def feed(request, name):  # expect
    return json(rows("feed", name))


books.blueprint(ledgers)
books.blueprint([journals])
news = Sanic("news")
news.blueprint(feeds)
