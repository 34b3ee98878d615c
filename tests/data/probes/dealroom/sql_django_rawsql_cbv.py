# family: sql 89
from django.db.models.expressions import RawSQL
from django.http import JsonResponse
from django.views import View

from .models import Deal


class VulnRankedDeals(View):
    def get(self, request):
        weight = request.GET.get("weight", "1")
        deals = Deal.objects.annotate(score=RawSQL(f"SELECT count(*) * {weight} FROM insiders WHERE deal_id = deals.id", []))  # sink
        return JsonResponse({"deals": list(deals.values("code", "score"))})


class SafeRankedDeals(View):
    def get(self, request):
        weight = request.GET.get("weight", "1")
        deals = Deal.objects.annotate(score=RawSQL("SELECT count(*) * %s FROM insiders WHERE deal_id = deals.id", [weight]))  # sink
        return JsonResponse({"deals": list(deals.values("code", "score"))})
