# family: cmd 78
import contextlib
import re
import subprocess

from django.http import HttpResponseBadRequest, JsonResponse

from .common.checks import InvalidFund, require_fund_code

ISIN = re.compile(r"[A-Z]{2}[A-Z0-9]{9}[0-9]")


def vuln_try_return(request):
    code = request.GET.get("fund", "")
    try:
        int(code)
    except ValueError:
        pass
    out = subprocess.run(f"navcalc --fund {code}", shell=True, capture_output=True)  # sink
    return JsonResponse({"out": out.stdout.decode()})


def safe_try_return(request):
    code = request.GET.get("fund", "")
    try:
        int(code)
    except ValueError:
        return HttpResponseBadRequest("fund")
    out = subprocess.run(f"navcalc --fund {code}", shell=True, capture_output=True)  # sink
    return JsonResponse({"out": out.stdout.decode()})


def vuln_try_raise_helper(request):
    code = request.GET.get("fund", "")
    try:
        require_fund_code(code)
    except InvalidFund:
        print("odd fund", code)
    subprocess.run("navcalc --fund " + code, shell=True)  # sink
    return JsonResponse({"ok": True})


def safe_try_raise_helper(request):
    code = request.GET.get("fund", "")
    try:
        require_fund_code(code)
    except InvalidFund:
        return HttpResponseBadRequest("fund")
    subprocess.run("navcalc --fund " + code, shell=True)  # sink
    return JsonResponse({"ok": True})


def vuln_try_else(request):
    code = request.GET.get("fund", "")
    try:
        number = int(code)
    except ValueError:
        number = None
    else:
        pass
    finally:
        print("fund asked", code)
    subprocess.run(f"navcalc --fund {code} --n {number}", shell=True)  # sink
    return JsonResponse({"ok": True})


def safe_try_else(request):
    code = request.GET.get("fund", "")
    try:
        number = int(code)
    except ValueError:
        return HttpResponseBadRequest("fund")
    else:
        subprocess.run(f"navcalc --fund {number}", shell=True)  # sink
    finally:
        print("fund asked", code)
    return JsonResponse({"ok": True})


def vuln_suppress(request):
    code = request.GET.get("isin", "")
    with contextlib.suppress(ValueError):
        code = str(int(code))
    subprocess.run(f"navcalc --isin {code}", shell=True)  # sink
    return JsonResponse({"ok": True})


def safe_suppress(request):
    code = "0"
    with contextlib.suppress(ValueError):
        code = str(int(request.GET.get("isin", "")))
    subprocess.run(f"navcalc --isin {code}", shell=True)  # sink
    return JsonResponse({"ok": True})


def vuln_raise_in_try(request):
    isin = request.GET.get("isin", "")
    try:
        if not ISIN.fullmatch(isin):
            raise ValueError(isin)
    except ValueError:
        print("bad isin", isin)
    subprocess.run(f"pricefeed {isin}", shell=True)  # sink
    return JsonResponse({"ok": True})


def safe_raise_in_try(request):
    isin = request.GET.get("isin", "")
    try:
        if not ISIN.fullmatch(isin):
            raise ValueError(isin)
    except ValueError:
        return HttpResponseBadRequest("isin")
    subprocess.run(f"pricefeed {isin}", shell=True)  # sink
    return JsonResponse({"ok": True})


def vuln_finally_returns(request):
    isin = request.GET.get("isin", "")
    try:
        ok = ISIN.fullmatch(isin) is not None
    finally:
        print("checked", isin)
    subprocess.run(f"pricefeed {isin}", shell=True)  # sink
    return JsonResponse({"ok": ok})


def safe_finally_returns(request):
    isin = request.GET.get("isin", "")
    try:
        ok = ISIN.fullmatch(isin) is not None
    finally:
        print("checked", isin)
    if not ok:
        return HttpResponseBadRequest("isin")
    subprocess.run(f"pricefeed {isin}", shell=True)  # sink
    return JsonResponse({"ok": ok})
