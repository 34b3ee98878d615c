# family: header 113 20
from django.http import HttpResponse


def vuln_report_link(request):
    response = HttpResponse("moved")
    response["Link"] = f"<{request.META.get('HTTP_X_REPORT_URL', '/')}>; rel=preload"  # sink
    return response


def safe_report_link(request):
    url = request.META.get("HTTP_X_REPORT_URL", "/")
    response = HttpResponse("moved")
    response["Link"] = "<{}>; rel=preload".format(url.replace("\r", "").replace("\n", ""))  # sink
    return response
