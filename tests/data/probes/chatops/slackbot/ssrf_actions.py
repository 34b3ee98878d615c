# family: ssrf 918
"""Buttons and menus of the bot's status messages: the bot set their values, the client sends them back."""

import os

import requests
from slack_bolt import App

app = App(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])

STATUS_HOSTS = {"billing": "billing.svc.internal", "ledger": "ledger.svc.internal"}
CACHE_NODES = frozenset({"cache-1.svc.internal", "cache-2.svc.internal"})


@app.action("check_health")
def vuln_check_health(ack, body, respond):
    ack()
    url = body["actions"][0]["value"]
    health = requests.get(url, timeout=5)  # sink
    respond(f"{url}: {health.status_code}")


@app.action("check_health_safe")
def safe_check_health(ack, body, respond):
    ack()
    service = body["actions"][0]["value"]
    host = STATUS_HOSTS.get(service)
    if host is None:
        respond("unknown service")
        return
    health = requests.get(f"https://{host}/health", timeout=5)
    respond(f"{service}: {health.status_code}")


@app.action("flush_cache")
def vuln_flush_cache(ack, action, respond):
    ack()
    node = action["value"]
    requests.post(f"http://{node}:8080/admin/flush", timeout=5)  # sink
    respond(f"flushed {node}")


@app.action("flush_cache_safe")
def safe_flush_cache(ack, action, respond):
    ack()
    node = action["value"]
    if node not in CACHE_NODES:
        respond("not a cache node")
        return
    requests.post(f"http://{node}:8080/admin/flush", timeout=5)
    respond(f"flushed {node}")


@app.action("pick_dashboard")
def vuln_dashboard(ack, body, respond):
    ack()
    host = body["actions"][0]["selected_option"]["value"]
    panel = requests.get(f"http://{host}/api/snapshot", timeout=5)  # sink
    respond(panel.text[:500])


@app.action("pick_dashboard_safe")
def safe_dashboard(ack, body, respond):
    ack()
    service = body["actions"][0]["selected_option"]["value"]
    panel = requests.get(f"http://{STATUS_HOSTS.get(service, 'billing.svc.internal')}/api/snapshot", timeout=5)
    respond(panel.text[:500])
