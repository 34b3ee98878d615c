from django.contrib.auth import login, logout
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils.decorators import method_decorator
from django.views import View
from django.views.generic import DetailView, ListView

from common.decorators import ensure_staff, traced
from common.views import DeskList, PortalPage, StaffDetail
from deals.models import Deal


class Dashboard(PortalPage):  # quiet
    template_name = "deals/dashboard.html"


class DealList(DeskList):  # quiet
    model = Deal


class DealDetail(StaffDetail):  # quiet
    model = Deal


@method_decorator(login_required, name="dispatch")
class DealHistory(ListView):  # quiet
    model = Deal


class DealExport(View):  # quiet
    def get(self, request):
        return HttpResponse(Deal.objects.export_csv(), content_type="text/csv")


class DealParties(DetailView):  # expect
    model = Deal


def pipeline(request):  # quiet
    ensure_staff(request)
    return JsonResponse({"deals": list(Deal.objects.values())})


@traced
def insider_list(request, pk):  # expect
    return JsonResponse({"insiders": list(Deal.objects.get(pk=pk).insiders.values())})


def health(request):  # quiet
    return HttpResponse("ok", content_type="text/plain")


def sign_in(request):  # quiet
    user = authenticate_from(request)
    if user is None:
        return render(request, "login.html", {"error": True})
    login(request, user)
    return redirect("dashboard")


def sign_out(request):  # quiet
    logout(request)
    return redirect("sign-in")


def client_ip(request):
    """Not a view: a helper other views call."""
    return request.META.get("REMOTE_ADDR", "")


def authenticate_from(request):
    return None
