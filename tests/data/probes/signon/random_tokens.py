# family: random 330 338
import random
import secrets
import string

from django.core.mail import send_mail
from django.http import HttpRequest, HttpResponse

from .models import ApiKey, BackupCode, PasswordReset

ALPHABET = string.ascii_letters + string.digits


def vuln_reset_token(request: HttpRequest, user: object) -> HttpResponse:
    token = "".join(random.choices(ALPHABET, k=32))  # sink
    PasswordReset.objects.create(user=user, token=token)
    send_mail("Reset your password", f"https://portal.example/reset/{token}", None, [user.email])
    return HttpResponse("check your mail")


def safe_reset_token(request: HttpRequest, user: object) -> HttpResponse:
    token = "".join(secrets.choice(ALPHABET) for _ in range(32))
    PasswordReset.objects.create(user=user, token=token)
    send_mail("Reset your password", f"https://portal.example/reset/{token}", None, [user.email])
    return HttpResponse("check your mail")


def vuln_remember_me(request: HttpRequest) -> HttpResponse:
    value = str(random.getrandbits(64))  # sink
    request.session["remember"] = value  # sink
    response = HttpResponse("signed in")
    response.set_cookie("remember", value, secure=True, httponly=True, samesite="Lax")  # sink
    return response


def safe_remember_me(request: HttpRequest) -> HttpResponse:
    value = str(secrets.randbits(64))
    request.session["remember"] = value
    response = HttpResponse("signed in")
    response.set_cookie("remember", value, secure=True, httponly=True, samesite="Lax")
    return response


def vuln_backup_codes(user: object) -> list[str]:
    codes = [f"{random.randint(0, 99999999):08d}" for _ in range(10)]  # sink
    BackupCode.objects.bulk_create(BackupCode(user=user, code=c) for c in codes)
    return codes


def safe_backup_codes(user: object) -> list[str]:
    codes = [f"{secrets.randbelow(100000000):08d}" for _ in range(10)]
    BackupCode.objects.bulk_create(BackupCode(user=user, code=c) for c in codes)
    return codes


def vuln_oauth_state(request: HttpRequest) -> str:
    state = "%032x" % random.getrandbits(128)  # sink
    request.session["oauth_state"] = state  # sink
    return f"https://idp.portal.example/authorize?client_id=portal&state={state}"


def safe_oauth_state(request: HttpRequest) -> str:
    state = secrets.token_hex(16)
    request.session["oauth_state"] = state
    return f"https://idp.portal.example/authorize?client_id=portal&state={state}"


def vuln_pkce_verifier(request: HttpRequest) -> str:
    code_verifier = "".join(random.choice(ALPHABET) for _ in range(64))  # sink
    request.session["code_verifier"] = code_verifier  # sink
    return code_verifier


def safe_pkce_verifier(request: HttpRequest) -> str:
    code_verifier = secrets.token_urlsafe(48)
    request.session["code_verifier"] = code_verifier
    return code_verifier


def vuln_api_key(owner: object) -> str:
    raw = "pk_" + "".join(random.sample(ALPHABET, 40))  # sink
    ApiKey.objects.create(owner=owner, prefix=raw[:8], key=raw)
    return raw


def safe_api_key(owner: object) -> str:
    raw = "pk_" + "".join(secrets.choice(ALPHABET) for _ in range(40))
    ApiKey.objects.create(owner=owner, prefix=raw[:8], key=raw)
    return raw


def vuln_magic_link_nonce(request: HttpRequest, email: str) -> HttpResponse:
    nonce = random.random().hex()[4:20]  # sink
    request.session["magic_nonce"] = nonce  # sink
    send_mail("Your sign-in link", f"https://portal.example/magic/{nonce}", None, [email])
    return HttpResponse("check your mail")


def safe_magic_link_nonce(request: HttpRequest, email: str) -> HttpResponse:
    nonce = secrets.token_hex(8)
    request.session["magic_nonce"] = nonce
    send_mail("Your sign-in link", f"https://portal.example/magic/{nonce}", None, [email])
    return HttpResponse("check your mail")


def safe_retry_delay(attempt: int) -> float:
    return min(30.0, 2**attempt) + random.uniform(0, 1)


def safe_login_banner() -> str:
    return random.choice(["Welcome back", "Good to see you", "Hello again"])
