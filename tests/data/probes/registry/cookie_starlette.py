# family: cookie 614 1004
from starlette.responses import JSONResponse, RedirectResponse


def vuln_set_tracking(device: str):
    response = JSONResponse({"ok": True})
    response.set_cookie("registry_device", device, max_age=86400)  # sink
    return response


def safe_set_tracking(device: str):
    response = JSONResponse({"ok": True})
    response.set_cookie("registry_device", device, max_age=86400, secure=True, httponly=True, samesite="lax")  # sink
    return response


def vuln_after_login(session_id: str):
    response = RedirectResponse("/dashboard", status_code=303)
    response.set_cookie(key="registry_sid", value=session_id, httponly=False, secure=False)  # sink
    return response
