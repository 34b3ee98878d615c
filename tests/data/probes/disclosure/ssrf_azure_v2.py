# family: ssrf 918
import azure.functions as func
import requests

app = func.FunctionApp()
CUSTODIANS = {"bny": "https://api.bny.example/holdings", "euroclear": "https://api.euroclear.example/holdings"}


@app.route(route="holdings")
def vuln_holdings(req: func.HttpRequest) -> func.HttpResponse:
    url = req.params.get("source")
    return func.HttpResponse(requests.get(url, timeout=5).text, mimetype="application/json")  # sink


@app.route(route="safe/holdings")
def safe_holdings(req: func.HttpRequest) -> func.HttpResponse:
    url = CUSTODIANS.get(req.params.get("source"), CUSTODIANS["bny"])
    return func.HttpResponse(requests.get(url, timeout=5).text, mimetype="application/json")  # sink


@app.route(route="headers")
def vuln_header_source(req: func.HttpRequest) -> func.HttpResponse:
    return func.HttpResponse(requests.get(req.headers["X-Source"], timeout=5).text)  # sink
