import logging

from litestar import Controller, Litestar, get
from litestar.connection import ASGIConnection
from litestar.exceptions import NotAuthorizedException
from litestar.handlers.base import BaseRouteHandler

from svc.store import rows

logger = logging.getLogger(__name__)


def signed_in(connection: ASGIConnection, _: BaseRouteHandler) -> None:
    if not connection.user:
        raise NotAuthorizedException()


def log_access(connection: ASGIConnection, _: BaseRouteHandler) -> None:
    logger.info("%s", connection.url.path)


@get("/mandates/{account:str}", guards=[signed_in])
async def mandates(account: str) -> list:  # quiet
    return rows("mandates", account)


@get("/allocations/{account:str}")
async def allocations(account: str) -> list:  # expect
    return rows("allocations", account)


@get("/orders/{order_id:int}", guards=[log_access])
async def order(order_id: int) -> list:  # expect
    return rows("order", order_id)


class DeskController(Controller):
    path = "/desk"
    guards = [signed_in]

    @get("/book")
    async def book(self) -> list:  # quiet
        return rows("book")


app = Litestar(route_handlers=[mandates, allocations, order, DeskController])
