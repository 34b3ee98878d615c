# family: xss 79 80
import html
from collections import Counter

from django.http import HttpResponse


def vuln_top_symbol(request):
    symbol, hits = Counter(request.GET.getlist("symbol")).most_common(1)[0]
    return HttpResponse(f"<p>Most flagged: {symbol} ({hits})</p>")  # sink


def safe_top_symbol(request):
    symbol, hits = Counter(request.GET.getlist("symbol")).most_common(1)[0]
    return HttpResponse(f"<p>Most flagged: {html.escape(symbol)} ({hits})</p>")  # sink
