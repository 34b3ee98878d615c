# family: xpath 643
from django.http import JsonResponse
from lxml import etree


class ModelCatalogue:
    def __init__(self, path="/srv/advisory/models.xml"):
        self.tree = etree.parse(path)

    def weights(self, model):
        return [w.text for w in self.tree.xpath(f"//model[@name='{model}']/weight")]  # sink

    def weights_bound(self, model):
        return [w.text for w in self.tree.xpath("//model[@name=$name]/weight", name=model)]  # sink


def vuln_model_weights(request):
    return JsonResponse({"weights": ModelCatalogue().weights(request.GET["model"])})


def safe_model_weights(request):
    return JsonResponse({"weights": ModelCatalogue().weights_bound(request.GET["model"])})
