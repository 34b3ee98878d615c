# family: ssrf 918
import httpx
import strawberry
from strawberry.types import Info

REGISTRARS = {"eu": "https://registrar-eu.example/api", "us": "https://registrar-us.example/api"}


@strawberry.type
class VulnRegistrarQuery:
    @strawberry.field
    async def registrar_status(self, info: Info) -> str:
        base = info.context["request"].headers.get("x-registrar-url", REGISTRARS["eu"])
        async with httpx.AsyncClient() as client:
            return (await client.get(base + "/status")).text  # sink


@strawberry.type
class SafeRegistrarQuery:
    @strawberry.field
    async def registrar_status(self, info: Info) -> str:
        base = REGISTRARS.get(info.context["request"].headers.get("x-registrar", "eu"), REGISTRARS["eu"])
        async with httpx.AsyncClient() as client:
            return (await client.get(base + "/status")).text
