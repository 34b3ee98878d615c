# family: xxe 611 776 827
import io

from django.http import JsonResponse
from lxml import etree


def vuln_register_import(request):
    tree = etree.parse(io.BytesIO(request.body))  # sink
    return JsonResponse({"entries": len(tree.getroot())})


def safe_register_import(request):
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    tree = etree.parse(io.BytesIO(request.body), parser)  # sink
    return JsonResponse({"entries": len(tree.getroot())})
