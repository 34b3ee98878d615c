# family: ssrf 918
import urllib.request
from urllib.parse import parse_qs, urlparse
from wsgiref.util import shift_path_info
from xmlrpc.server import SimpleXMLRPCServer

from webob import Request

ALLOWED_HOSTS = frozenset({"rates.internal.example", "feeds.internal.example"})
MIRRORS = {"ldn": "http://mirror-ldn.internal.example", "nyc": "http://mirror-nyc.internal.example"}


def vuln_preview(environ, start_response):
    url = parse_qs(environ["QUERY_STRING"])["url"][0]
    body = urllib.request.urlopen(url, timeout=5).read()  # sink
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [body]


def safe_preview(environ, start_response):
    url = parse_qs(environ["QUERY_STRING"])["url"][0]
    parts = urlparse(url)
    if parts.scheme != "https" or parts.hostname not in ALLOWED_HOSTS:
        start_response("400 Bad Request", [])
        return [b"host not allowed"]
    body = urllib.request.urlopen(url, timeout=5).read()  # sink
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [body]


def vuln_mirror_status(environ, start_response):
    site = shift_path_info(environ)
    body = urllib.request.urlopen("http://" + site + "/status", timeout=5).read()  # sink
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [body]


def safe_mirror_status(environ, start_response):
    site = shift_path_info(environ)
    base = MIRRORS.get(site, MIRRORS["ldn"])
    body = urllib.request.urlopen(base + "/status", timeout=5).read()  # sink
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [body]


def vuln_webob_callback(environ, start_response):
    req = Request(environ)
    urllib.request.urlopen(req.GET["callback"], data=b"done", timeout=5)  # sink
    start_response("204 No Content", [])
    return [b""]


def safe_webob_callback(environ, start_response):
    req = Request(environ)
    callback = req.GET["callback"]
    if urlparse(callback).hostname not in ALLOWED_HOSTS:
        start_response("400 Bad Request", [])
        return [b""]
    urllib.request.urlopen(callback, data=b"done", timeout=5)  # sink
    start_response("204 No Content", [])
    return [b""]


def vuln_fetch_rate(source_url):
    return urllib.request.urlopen(source_url, timeout=5).read().decode()  # sink


def safe_fetch_rate(source_url):
    if urlparse(source_url).hostname not in ALLOWED_HOSTS:
        raise ValueError("source not allowed")
    return urllib.request.urlopen(source_url, timeout=5).read().decode()  # sink


def serve():
    server = SimpleXMLRPCServer(("0.0.0.0", 8102))
    server.register_function(vuln_fetch_rate, "fetch_rate")
    server.register_function(safe_fetch_rate, "fetch_rate_v2")
    server.serve_forever()
