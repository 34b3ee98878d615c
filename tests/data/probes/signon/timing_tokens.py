# family: timing 208
import hmac

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils.crypto import constant_time_compare

from .models import ApiKey, PasswordReset


def vuln_reset_confirm(request: HttpRequest, reset_id: int) -> HttpResponse:
    reset = PasswordReset.objects.get(pk=reset_id)
    if request.POST["token"] == reset.token:  # sink
        reset.user.set_password(request.POST["new_password"])
        reset.user.save()
        return HttpResponse("password changed")
    return HttpResponse("invalid link", status=400)


def safe_reset_confirm(request: HttpRequest, reset_id: int) -> HttpResponse:
    reset = PasswordReset.objects.get(pk=reset_id)
    if hmac.compare_digest(request.POST["token"], reset.token):
        reset.user.set_password(request.POST["new_password"])
        reset.user.save()
        return HttpResponse("password changed")
    return HttpResponse("invalid link", status=400)


def vuln_api_key_check(request: HttpRequest) -> JsonResponse:
    presented = request.headers.get("X-Api-Key", "")
    key = ApiKey.objects.get(prefix=presented[:8])
    if presented != key.api_key:  # sink
        return JsonResponse({"error": "invalid key"}, status=401)
    return JsonResponse({"owner": key.owner_id})


def safe_api_key_check(request: HttpRequest) -> JsonResponse:
    presented = request.headers.get("X-Api-Key", "")
    key = ApiKey.objects.get(prefix=presented[:8])
    if not constant_time_compare(presented, key.api_key):
        return JsonResponse({"error": "invalid key"}, status=401)
    return JsonResponse({"owner": key.owner_id})


def vuln_remember_cookie(request: HttpRequest) -> bool:
    remember_token = request.COOKIES.get("remember", "")
    return remember_token == request.session.get("remember", "")  # sink


def safe_remember_cookie(request: HttpRequest) -> bool:
    remember_token = request.COOKIES.get("remember", "")
    return hmac.compare_digest(remember_token, request.session.get("remember", ""))


def vuln_mfa_sms_code(request: HttpRequest) -> bool:
    expected_code = request.session["mfa_code"]
    return request.POST.get("code", "") == expected_code  # sink


def safe_mfa_sms_code(request: HttpRequest) -> bool:
    expected_code = request.session["mfa_code"]
    return hmac.compare_digest(request.POST.get("code", ""), expected_code)


def safe_sign_in_method(request: HttpRequest) -> bool:
    return request.POST.get("method", "password") == "sso"


def vuln_plain_password_check(request: HttpRequest, account: object) -> bool:
    return account.portal_password == request.POST["password"]  # sink


def safe_plain_password_check(request: HttpRequest, account: object) -> bool:
    return hmac.compare_digest(account.portal_password, request.POST["password"])
