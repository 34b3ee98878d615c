# family: xss 79 80
import html

import azure.functions as func


def vuln_notice(req: func.HttpRequest) -> func.HttpResponse:
    title = req.params.get("title", "")
    return func.HttpResponse(f"<h1>{title}</h1>", mimetype="text/html")  # sink


def safe_notice(req: func.HttpRequest) -> func.HttpResponse:
    title = req.params.get("title", "")
    return func.HttpResponse(f"<h1>{html.escape(title)}</h1>", mimetype="text/html")  # sink


# an HttpResponse without a mimetype is text/plain
def safe_plain_notice(req: func.HttpRequest) -> func.HttpResponse:
    title = req.params.get("title", "")
    return func.HttpResponse(f"Notice: {title}")  # sink


def vuln_echo(req: func.HttpRequest) -> func.HttpResponse:
    return func.HttpResponse(req.get_body(), headers={"Content-Type": "text/html; charset=utf-8"})  # sink


def safe_echo(req: func.HttpRequest) -> func.HttpResponse:
    return func.HttpResponse(req.get_body(), headers={"Content-Type": "text/plain; charset=utf-8"})  # sink
