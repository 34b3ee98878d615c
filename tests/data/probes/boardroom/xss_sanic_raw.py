# family: xss 79 80
from sanic import Sanic
from sanic.response import raw

app = Sanic("boardroom-raw")


# raw(body, status, headers, content_type): application/octet-stream unless its content type says otherwise
@app.get("/answers/raw/notice")
async def vuln_raw_notice(request):
    return raw(request.args.get("notice", "").encode(), content_type="text/html; charset=utf-8")  # sink


@app.get("/answers/raw/notice.bin")
async def safe_raw_notice(request):
    return raw(request.args.get("notice", "").encode())  # sink
