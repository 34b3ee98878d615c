# family: xss 79 80
import html

import functions_framework


# what an HTTP function returns is a Flask response: a string is sent as text/html
@functions_framework.http
def vuln_notice(request):
    title = request.args.get("title", "")
    return f"<h1>Notice: {title}</h1>"  # sink


@functions_framework.http
def safe_notice(request):
    title = request.args.get("title", "")
    return f"<h1>Notice: {html.escape(title)}</h1>"  # sink


@functions_framework.http
def vuln_echo(request):
    return request.form["headline"]  # sink


@functions_framework.http
def safe_echo(request):
    return {"headline": request.form["headline"]}  # sink
