# family: header 113 20
import re

from flask import Blueprint, abort, g, request

vuln_bp = Blueprint("exports", __name__)
safe_bp = Blueprint("exports_checked", __name__)
EXPORT_NAME = re.compile(r"[A-Za-z0-9_-]{1,40}")


@vuln_bp.get("/exports/positions")
def vuln_positions_export():
    g.export_name = request.args.get("name", "positions")
    return "isin;quantity\n"


@vuln_bp.after_request
def name_vuln_export(response):
    response.headers["Content-Disposition"] = f"attachment; filename={g.export_name}.csv"  # sink
    return response


@safe_bp.get("/exports/positions")
def safe_positions_export():
    name = request.args.get("name", "positions")
    if not EXPORT_NAME.fullmatch(name):
        abort(400)
    g.export_name = name
    return "isin;quantity\n"


@safe_bp.after_request
def name_safe_export(response):
    response.headers["Content-Disposition"] = f"attachment; filename={g.export_name}.csv"  # sink
    return response
