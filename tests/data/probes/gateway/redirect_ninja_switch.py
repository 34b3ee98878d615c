# family: redirect 601
from django.shortcuts import redirect
from ninja import Router

router = Router()


@router.post("/ninja/desk/switch")
def vuln_switch_desk(request, desk: int, back: str = "/"):
    request.session["desk"] = desk
    return redirect(back)  # sink


@router.post("/ninja/desk/switch/safe")
def safe_switch_desk(request, desk: int):
    # post, redirect, get: back to the page that posted (the request's own path, a path of this site)
    request.session["desk"] = desk
    return redirect(request.get_full_path())  # sink
