# family: redirect 601
from fastapi import FastAPI
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

api = FastAPI()


@api.get("/disclosures/continue")
async def vuln_continue(next: str):
    return RedirectResponse(next, status_code=303)  # sink


@api.get("/disclosures/continue/safe")
async def safe_continue(request: Request, next: str):
    return RedirectResponse(request.url_for("disclosure_queue"), status_code=303)  # sink


async def vuln_filed(request):
    target = request.query_params.get("then", "/disclosures")
    return Response(status_code=303, headers={"location": target})  # sink


async def safe_filed(request):
    target = request.query_params.get("then", "/disclosures")
    if target not in ("/disclosures", "/disclosures/filed"):
        target = "/disclosures"
    return Response(status_code=303, headers={"location": target})  # sink
