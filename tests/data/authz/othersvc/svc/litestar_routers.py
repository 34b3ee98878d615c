from litestar import Controller, Litestar, Router, get
from litestar.connection import ASGIConnection
from litestar.exceptions import PermissionDeniedException
from litestar.handlers.base import BaseRouteHandler

from svc.store import rows


def desk_staff(connection: ASGIConnection, _: BaseRouteHandler) -> None:
    if not connection.user or not connection.user.is_staff:
        raise PermissionDeniedException()


def trace(connection: ASGIConnection, _: BaseRouteHandler) -> None:
    connection.state.traced = True


@get("/blotter")
async def blotter() -> list:  # quiet
    return rows("blotter")


class RiskController(Controller):
    path = "/risk"

    @get("/limits")
    async def limits(self) -> list:  # quiet
        return rows("risk-limits")


@get("/tape")
async def tape() -> list:  # expect
    return rows("tape")


@get("/margins")
async def margins() -> list:  # quiet
    return rows("margins")


@get("/quotes")
async def quotes() -> list:  # expect
    return rows("quotes")


desk = Router(path="/desk", route_handlers=[blotter, RiskController], guards=[desk_staff])
feed = Router(path="/feed", route_handlers=[tape], guards=[trace])
app = Litestar(route_handlers=[desk, feed])
vault = Litestar(route_handlers=[margins], guards=[desk_staff])
ticker = Litestar(route_handlers=[quotes])
