# family: deser 502
from flask import Blueprint, request

from .adapters.blobs import restore, restore_json

bp = Blueprint("screens", __name__)


@bp.post("/screens/restore")
def vuln_restore():
    return {"screen": restore(request.get_data())}  # sink


@bp.post("/screens/restore/json")
def safe_restore():
    return {"screen": restore_json(request.get_data())}
