# family: ssrf 918
import httpx
from litestar import Request, get

REGISTRARS = {"eu": "https://registrar-eu.example.com", "us": "https://registrar-us.example.com"}


@get("/ir/registrar")
async def vuln_registrar(request: Request) -> dict:
    base = request.headers.get("X-Registrar", "")
    async with httpx.AsyncClient() as client:
        return (await client.get(f"{base}/status")).json()  # sink


@get("/ir/registrar/safe")
async def safe_registrar(request: Request) -> dict:
    base = REGISTRARS.get(request.headers.get("X-Registrar", ""), REGISTRARS["eu"])
    async with httpx.AsyncClient() as client:
        return (await client.get(f"{base}/status")).json()  # sink
