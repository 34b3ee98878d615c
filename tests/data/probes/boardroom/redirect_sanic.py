# family: redirect 601
from sanic import Sanic
from sanic.response import HTTPResponse, redirect

app = Sanic("boardroom")
DESTINATIONS = {"queue": "/filings/queue", "archive": "/filings/archive"}


@app.get("/filings/done")
async def vuln_filing_done(request):
    return redirect(request.args.get("next", "/filings"))  # sink


@app.get("/filings/done/safe")
async def safe_filing_done(request):
    return redirect(request.app.url_for("filing_queue"))  # sink


@app.post("/filings/withdrawn")
async def vuln_withdrawn(request):
    return HTTPResponse(status=302, headers={"Location": request.form.get("back")})  # sink


@app.post("/filings/withdrawn/safe")
async def safe_withdrawn(request):
    return HTTPResponse(status=302, headers={"Location": DESTINATIONS.get(request.form.get("back"), "/filings")})  # sink
