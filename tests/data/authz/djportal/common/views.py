"""Bases every app's views derive from."""

from django.contrib.auth.mixins import LoginRequiredMixin, PermissionRequiredMixin, UserPassesTestMixin
from django.views.generic import DetailView, ListView, TemplateView


class PortalPage(LoginRequiredMixin, TemplateView):
    pass


class DeskList(PermissionRequiredMixin, ListView):
    permission_required = "deals.view_deal"


class StaffDetail(UserPassesTestMixin, DetailView):
    def test_func(self):
        return self.request.user.is_staff
