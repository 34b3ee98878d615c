# family: ssrf 918
import functions_framework
import requests

WEBHOOKS = {"press": "https://press.wire.example/hooks/disclosure", "exchange": "https://hooks.exchange.example/in"}


@functions_framework.http
def vuln_forward(request):
    target = request.headers.get("X-Callback", "")
    requests.post(target, json=request.get_json(silent=True), timeout=5)  # sink
    return ("", 202)


@functions_framework.http
def safe_forward(request):
    target = WEBHOOKS.get(request.headers.get("X-Channel", ""), WEBHOOKS["press"])
    requests.post(target, json=request.get_json(silent=True), timeout=5)  # sink
    return ("", 202)
