# family: header 113
from aiohttp import web
from fastapi import FastAPI, Response
from starlette.responses import PlainTextResponse

api = FastAPI()
LANGUAGES = {"en", "ja", "de"}


@api.get("/portal/language")
async def vuln_portal_language(lang: str, response: Response):
    response.set_cookie("lang", lang, secure=True, httponly=True)  # sink
    return {"lang": lang}


@api.get("/portal/language/safe")
async def safe_portal_language(lang: str, response: Response):
    if lang not in LANGUAGES:
        lang = "en"
    response.set_cookie("lang", lang, secure=True, httponly=True)  # sink
    return {"lang": lang}


async def vuln_trace_echo(request):
    response = PlainTextResponse("ok")
    response.headers["X-Board-Trace"] = request.headers.get("x-trace", "")  # sink
    return response


async def safe_trace_echo(request):
    response = PlainTextResponse("ok")
    trace = request.headers.get("x-trace", "")
    response.headers["X-Board-Trace"] = trace if trace.isalnum() else "-"  # sink
    return response


async def vuln_aio_language(request):
    response = web.json_response({"ok": True})
    response.set_cookie("lang", request.query.get("lang", "en"), secure=True)  # sink
    return response


async def safe_aio_language(request):
    lang = request.query.get("lang", "en")
    response = web.json_response({"ok": True})
    response.set_cookie("lang", lang if lang in LANGUAGES else "en", secure=True)  # sink
    return response


async def vuln_aio_agenda(request):
    response = web.Response(text="agenda", content_type="text/plain")
    response.headers["Content-Disposition"] = "attachment; filename=" + request.match_info["item"]  # sink
    return response


async def safe_aio_agenda(request):
    response = web.Response(text="agenda", content_type="text/plain")
    response.headers["Content-Disposition"] = "attachment; filename=" + str(int(request.match_info["item"]))  # sink
    return response
