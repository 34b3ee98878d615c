# family: xxe 611 776 827
from django.http import JsonResponse
from lxml import etree


def vuln_import_trades(request):
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True)  # sink
    root = etree.fromstring(request.body, parser)
    return JsonResponse({"trades": len(root.findall("trade"))})


def safe_import_trades(request):
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)  # sink
    root = etree.fromstring(request.body, parser)
    return JsonResponse({"trades": len(root.findall("trade"))})
