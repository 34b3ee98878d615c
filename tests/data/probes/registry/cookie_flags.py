# family: cookie 614 1004
from django.http import JsonResponse
from flask import Flask, make_response

app = Flask(__name__)


@app.post("/login/remember")
def vuln_remember(device_id):
    response = make_response({"ok": True})
    response.set_cookie("registry_device", device_id, max_age=30 * 86400)  # sink
    return response


@app.post("/login/remember2")
def safe_remember(device_id):
    response = make_response({"ok": True})
    response.set_cookie(
        "registry_device", device_id, max_age=30 * 86400, secure=True, httponly=True, samesite="Lax"  # sink
    )
    return response


def vuln_django_pref(request, session_ref):
    response = JsonResponse({"saved": True})
    response.set_cookie("registry_ref", session_ref, secure=False, httponly=False)  # sink
    return response


def safe_django_pref(request, session_ref):
    response = JsonResponse({"saved": True})
    response.set_cookie("registry_ref", session_ref, secure=True, httponly=True, samesite="Strict")  # sink
    return response
