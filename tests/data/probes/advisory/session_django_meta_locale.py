# family: session 501
from django.http import HttpResponse

LOCALES = ("de-CH", "fr-CH", "it-CH", "en-GB")


def vuln_statement_locale(request):
    request.session["statement_locale"] = request.META.get("HTTP_ACCEPT_LANGUAGE", "de-CH")  # sink
    return HttpResponse(status=204)


def safe_statement_locale(request):
    locale = request.META.get("HTTP_ACCEPT_LANGUAGE", "de-CH")
    request.session["statement_locale"] = locale if locale in LOCALES else "de-CH"  # sink
    return HttpResponse(status=204)
