# family: sql 89
from flask import Blueprint, request

from .common.validators import clean_client_id, normalise_client
from .repositories.base import BaseRepository, open_cursor
from .repositories.mandates import ClientRepository

bp = Blueprint("clients", __name__)


@bp.get("/clients/lookup")
def vuln_lookup_super():
    return {"rows": ClientRepository(open_cursor()).lookup(request.args["name"])}  # sink


@bp.get("/clients/base")
def vuln_base_by_name():
    return {"rows": BaseRepository(open_cursor()).by_name(request.args["name"])}  # sink


@bp.get("/clients/by-name")
def safe_overridden_by_name():
    return {"rows": ClientRepository(open_cursor()).by_name(request.args["name"])}


@bp.get("/clients/checked")
def safe_lookup_checked():
    return {"rows": ClientRepository(open_cursor()).lookup(clean_client_id(request.args["name"]))}


@bp.get("/clients/normalised")
def vuln_lookup_normalised():
    return {"rows": ClientRepository(open_cursor()).lookup(normalise_client(request.args["name"]))}  # sink
