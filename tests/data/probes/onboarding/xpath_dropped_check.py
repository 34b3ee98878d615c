# family: xpath 643
from django.http import JsonResponse
from lxml import etree

from . import checks

REGISTER = etree.parse("/srv/onboarding/register.xml")


def vuln_client_record(request):
    ref = request.GET["ref"]
    checks.is_client_ref(ref)
    nodes = REGISTER.xpath(f"//client[@ref='{ref}']/status/text()")  # sink
    return JsonResponse({"status": [str(n) for n in nodes]})


def safe_client_record(request):
    ref = request.GET["ref"]
    checks.require_client_ref(ref)
    nodes = REGISTER.xpath(f"//client[@ref='{ref}']/status/text()")  # sink
    return JsonResponse({"status": [str(n) for n in nodes]})
