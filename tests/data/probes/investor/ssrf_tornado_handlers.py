# family: ssrf 918
import requests
import tornado.web

FEEDS = {"lse": "https://feeds.example-exchange.com/lse", "nyse": "https://feeds.example-exchange.com/nyse"}


class VulnFeedProxy(tornado.web.RequestHandler):
    def get(self):
        source = self.get_query_argument("source")
        self.write(requests.get(source, timeout=5).json())  # sink


class SafeFeedProxy(tornado.web.RequestHandler):
    def get(self):
        source = FEEDS.get(self.get_query_argument("source"), FEEDS["lse"])
        self.write(requests.get(source, timeout=5).json())  # sink


# the route's named groups arrive as keyword arguments, kept also in self.path_kwargs
class VulnWebhookPing(tornado.web.RequestHandler):
    def post(self, host):
        requests.post(f"https://{self.path_kwargs['host']}/ir-webhook", json={"ping": True}, timeout=5)  # sink


class SafeWebhookPing(tornado.web.RequestHandler):
    def post(self, host):
        target = FEEDS.get(self.path_kwargs["host"], FEEDS["lse"])
        requests.post(target, json={"ping": True}, timeout=5)  # sink


app = tornado.web.Application([
    (r"/feeds", VulnFeedProxy),
    (r"/feeds/safe", SafeFeedProxy),
    (r"/ping/(?P<host>[^/]+)", VulnWebhookPing),
    (r"/ping/safe/(?P<host>[^/]+)", SafeWebhookPing),
])
