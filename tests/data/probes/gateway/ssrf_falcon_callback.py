# family: ssrf 918
import falcon
import requests

from .backend import fetch_partner, fetch_partner_feed


class VulnWebhookTest:
    def on_post(self, req, resp):
        requests.post(req.media["callback_url"], json={"ping": True}, timeout=5)  # sink
        resp.status = falcon.HTTP_204


class SafeWebhookTest:
    def on_post(self, req, resp):
        requests.post("https://hooks.gateway.example.com/ping", json={"to": req.media["callback_url"]}, timeout=5)  # sink
        resp.status = falcon.HTTP_204


class VulnPartnerQuotes:
    def on_get(self, req, resp):
        resp.media = fetch_partner(req.get_param("feed"))  # sink


class SafePartnerQuotes:
    def on_get(self, req, resp):
        resp.media = fetch_partner_feed(req.get_param("feed"))  # sink
