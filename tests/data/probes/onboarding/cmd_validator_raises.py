# family: cmd 78
import subprocess

from django.http import HttpResponseBadRequest, JsonResponse

from .checks import ValidationError, require_nonempty, require_ticker


def vuln_screen_holding(request):
    symbol = request.POST.get("symbol", "")
    try:
        require_nonempty(symbol)
    except ValidationError:
        return HttpResponseBadRequest("bad symbol")
    out = subprocess.run(f"insider-screen --symbol {symbol}", shell=True, capture_output=True)  # sink
    return JsonResponse({"hits": out.stdout.decode()})


def safe_screen_holding(request):
    symbol = request.POST.get("symbol", "")
    try:
        require_ticker(symbol)
    except ValidationError:
        return HttpResponseBadRequest("bad symbol")
    out = subprocess.run(f"insider-screen --symbol {symbol}", shell=True, capture_output=True)  # sink
    return JsonResponse({"hits": out.stdout.decode()})
