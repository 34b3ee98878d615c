from litestar import Litestar, get
from litestar.connection import ASGIConnection
from litestar.exceptions import NotAuthorizedException
from litestar.handlers.base import BaseRouteHandler

from svc.store import rows


def signed_in(connection: ASGIConnection, _: BaseRouteHandler) -> None:
    if not connection.user:
        raise NotAuthorizedException()


@get("/mandates/{account:str}", guards=[signed_in])
async def mandates(account: str) -> list:  # quiet
    return rows("mandates", account)


@get("/allocations/{account:str}")
async def allocations(account: str) -> list:  # expect
    return rows("allocations", account)


app = Litestar(route_handlers=[mandates, allocations])
