# family: xpath 643
import re

from django.http import Http404, JsonResponse
from django.views import View
from lxml import etree

WATCHLIST = etree.parse("data/watchlist.xml").getroot()


class VulnWatchlistView(View):
    def get(self, request):
        name = request.GET.get("name", "")
        hits = WATCHLIST.xpath("//entry[name='%s']/ticker/text()" % name)  # sink
        return JsonResponse({"tickers": list(hits)})


class SafeWatchlistView(View):
    def get(self, request):
        name = request.GET.get("name", "")
        if not re.fullmatch(r"[A-Za-z .-]{1,80}", name):
            raise Http404
        hits = WATCHLIST.xpath("//entry[name='%s']/ticker/text()" % name)  # sink
        return JsonResponse({"tickers": list(hits)})
