# family: xss 79
from django.http import StreamingHttpResponse
from starlette.responses import Response


def vuln_stream_notice(request):
    return StreamingHttpResponse(request.GET["notice"])  # sink


def safe_stream_notice(request):
    return StreamingHttpResponse(request.GET["notice"], content_type="text/plain")  # sink


async def vuln_banner(request):
    return Response(request.query_params["banner"], media_type="text/html")  # sink


async def safe_banner(request):
    return Response(request.query_params["banner"], media_type="text/plain")  # sink
