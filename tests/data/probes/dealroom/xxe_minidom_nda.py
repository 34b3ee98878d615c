# family: xxe 611 776 827
from xml.dom import minidom

from defusedxml import minidom as safe_minidom
from django.http import JsonResponse


def vuln_nda_parties(request):
    document = minidom.parseString(request.body)  # sink
    names = [node.getAttribute("name") for node in document.getElementsByTagName("party")]
    return JsonResponse({"parties": names})


def safe_nda_parties(request):
    document = safe_minidom.parseString(request.body)  # sink
    names = [node.getAttribute("name") for node in document.getElementsByTagName("party")]
    return JsonResponse({"parties": names})
