# family: cmd 78
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/dns/<domain>")
def vuln_lookup(domain):
    return os.popen("dig +short " + domain).read()  # sink


@app.route("/dns/id/<int:zone_id>")
def safe_lookup(zone_id):
    return os.popen("dig +short zone%d.internal" % zone_id).read()  # sink
