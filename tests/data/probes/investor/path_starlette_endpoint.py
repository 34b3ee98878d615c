# family: path 22 23 36 73 99
import os

from starlette.endpoints import HTTPEndpoint
from starlette.responses import FileResponse, PlainTextResponse
from starlette.routing import Route

MINUTES = "/srv/ir/agm-minutes"
YEARS = {"2023", "2024", "2025"}


class VulnMinutes(HTTPEndpoint):
    async def get(self, request):
        year = request.path_params["year"]
        return FileResponse(os.path.join(MINUTES, f"{year}.pdf"))  # sink


class SafeMinutes(HTTPEndpoint):
    async def get(self, request):
        year = request.path_params["year"]
        if year not in YEARS:
            return PlainTextResponse("no minutes", status_code=404)
        return FileResponse(os.path.join(MINUTES, f"{year}.pdf"))  # sink


routes = [
    Route("/minutes/{year}", VulnMinutes),
    Route("/minutes/safe/{year}", SafeMinutes),
]
