# family: redirect 601
from flask import Blueprint, redirect, request, url_for
from flask_login import login_user

from .portal.urls import is_safe_redirect, next_target

bp = Blueprint("login", __name__)


@bp.post("/login")
def vuln_login_next():
    login_user(request.form["user"])
    return redirect(request.args.get("next") or url_for("portal.home"))  # sink


@bp.post("/login/checked")
def safe_login_next():
    login_user(request.form["user"])
    target = request.args.get("next")
    if not target or not is_safe_redirect(target):
        target = url_for("portal.home")
    return redirect(target)  # sink


@bp.get("/continue")
def vuln_continue_helper():
    return redirect(next_target())  # sink


@bp.get("/continue/checked")
def safe_continue_helper():
    target = next_target()
    if target and is_safe_redirect(target):
        return redirect(target)  # sink
    return redirect(url_for("portal.home"))


@bp.get("/reports/open")
def safe_report_redirect():
    return redirect(url_for("reports.show", report_id=request.args["id"]))  # sink


@bp.get("/reports/back")
def vuln_cookie_back():
    return redirect(request.cookies.get("return_to", "/"))  # sink
