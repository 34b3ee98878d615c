# family: cmd 78
import subprocess

from flask import Blueprint

from .common.decorators import with_client, with_host, with_region

bp = Blueprint("ops", __name__)


@bp.get("/ops/ping")
@with_host
def vuln_ping(host):
    return subprocess.run(f"ping -c 1 {host}", shell=True, capture_output=True).stdout  # sink


@bp.get("/ops/region")
@with_region
def safe_region_sync(region):
    return subprocess.run(f"sync-region {region}", shell=True, capture_output=True).stdout


@bp.get("/ops/client")
@with_client
def safe_client_sync(client):
    return subprocess.run(f"sync-client {client}", shell=True, capture_output=True).stdout
