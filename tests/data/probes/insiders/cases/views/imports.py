# family: xxe 611 776 827
from django.http import JsonResponse
from lxml import etree


def vuln_import_list(request):
    parser = etree.XMLParser(resolve_entities=True)  # sink
    root = etree.fromstring(request.body, parser)
    return JsonResponse({"insiders": [e.text for e in root.iter("name")]})


def safe_import_list(request):
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    root = etree.fromstring(request.body, parser)
    return JsonResponse({"insiders": [e.text for e in root.iter("name")]})
