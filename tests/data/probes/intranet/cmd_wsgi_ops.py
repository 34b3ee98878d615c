# family: cmd 78
import ipaddress
import os
import shlex
import subprocess
from http.cookies import SimpleCookie
from urllib.parse import parse_qs

REGIONS = ("emea", "apac", "amer")


def vuln_ping(environ, start_response):
    host = parse_qs(environ.get("QUERY_STRING", "")).get("host", [""])[0]
    output = os.popen("ping -c 1 " + host).read()  # sink
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [output.encode()]


def safe_ping(environ, start_response):
    host = parse_qs(environ.get("QUERY_STRING", "")).get("host", [""])[0]
    address = ipaddress.IPv4Address(host)
    output = os.popen("ping -c 1 %s" % address).read()  # sink
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [output.encode()]


def vuln_tail_log(environ, start_response):
    service = environ.get("HTTP_X_SERVICE", "app")
    proc = subprocess.Popen("tail -n 50 /var/log/%s.log" % service, shell=True, stdout=subprocess.PIPE)  # sink
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [proc.communicate()[0]]


def safe_tail_log(environ, start_response):
    service = environ.get("HTTP_X_SERVICE", "app")
    command = "tail -n 50 %s" % shlex.quote("/var/log/%s.log" % service)
    proc = subprocess.Popen(command, shell=True, stdout=subprocess.PIPE)  # sink
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [proc.communicate()[0]]


def vuln_sync_region(environ, start_response):
    cookie = SimpleCookie(environ.get("HTTP_COOKIE", ""))
    region = cookie["region"].value if "region" in cookie else "emea"
    os.system(f"/opt/intranet/bin/sync --region {region}")  # sink
    start_response("202 Accepted", [])
    return [b""]


def safe_sync_region(environ, start_response):
    cookie = SimpleCookie(environ.get("HTTP_COOKIE", ""))
    region = cookie["region"].value if "region" in cookie else "emea"
    if region not in REGIONS:
        region = "emea"
    os.system(f"/opt/intranet/bin/sync --region {region}")  # sink
    start_response("202 Accepted", [])
    return [b""]
