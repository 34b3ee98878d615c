"""Extensions deciding access: django-guardian, django-rules, DRF's decorators; RedirectView subclasses
that only send the browser elsewhere (public by design) and one that reads a record first."""

from django.http import JsonResponse
from django.views.generic import DetailView, RedirectView
from guardian.decorators import permission_required_or_403
from guardian.mixins import PermissionRequiredMixin
from rest_framework import viewsets
from rest_framework.decorators import api_view, permission_classes
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rules.contrib.rest_framework import AutoPermissionViewSetMixin
from rules.contrib.views import permission_required

from deals.models import Deal


@permission_required_or_403("deals.view_deal", (Deal, "pk", "pk"))
def deal_detail(request, pk):  # quiet
    return JsonResponse({"name": Deal.objects.get(pk=pk).name})


@permission_required("deals.change_deal", fn=lambda request, pk: Deal.objects.get(pk=pk))
def edit_deal(request, pk):  # quiet
    return JsonResponse({"name": Deal.objects.get(pk=pk).name})


def raw_deal(request, pk):  # expect
    return JsonResponse({"name": Deal.objects.get(pk=pk).name})


class DealHistory(PermissionRequiredMixin, DetailView):  # quiet
    model = Deal
    permission_required = "deals.view_deal"


class DealViewSet(AutoPermissionViewSetMixin, viewsets.ModelViewSet):  # quiet
    queryset = Deal.objects.all()


class OpenDealViewSet(viewsets.ModelViewSet):  # expect
    queryset = Deal.objects.all()


@api_view(["GET"])
@permission_classes([IsAuthenticated])
def deal_api(request):  # quiet
    return Response(list(Deal.objects.values()))


@api_view(["GET"])
def open_deal_api(request):  # expect
    return Response(list(Deal.objects.values()))


class OldDeals(RedirectView):  # quiet
    pattern_name = "deal-list"
    permanent = True


class OldDeal(RedirectView):  # quiet
    def get_redirect_url(self, *args, **kwargs):
        return f"/deals/{kwargs['pk']}/"


class DealJump(RedirectView):  # expect
    def get_redirect_url(self, *args, **kwargs):
        return Deal.objects.get(pk=kwargs["pk"]).get_absolute_url()


class DealsByPeriod(RedirectView):  # quiet
    pattern_name = "deal-list"
    query_string = True

    def get_redirect_url(self, year, month=None):
        parts = [str(year)]
        if month:
            parts.append(str(month))
        return super().get_redirect_url(period="-".join(parts))


class DealsOfClient(RedirectView):  # expect
    pattern_name = "deal-list"

    def get_redirect_url(self, *args, **kwargs):
        return super().get_redirect_url(period=latest_period(self.request.user, kwargs["client"]))


def latest_period(user, client):
    return Deal.objects.filter(client=client).latest("period").period
