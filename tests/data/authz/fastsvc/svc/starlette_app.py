from starlette.applications import Starlette
from starlette.authentication import requires
from starlette.middleware import Middleware
from starlette.middleware.authentication import AuthenticationMiddleware
from starlette.responses import JSONResponse
from starlette.routing import Route

from svc.tokens import TokenBackend


@requires("authenticated")
async def holdings(request):  # quiet
    return JSONResponse({"holdings": []})


async def exposures(request):  # expect
    return JSONResponse({"exposures": load_exposures(request.path_params["account"])})


def load_exposures(account):
    return [account]


app = Starlette(
    routes=[Route("/holdings", holdings), Route("/exposures/{account}", exposures)],
    middleware=[Middleware(AuthenticationMiddleware, backend=TokenBackend())],
)
