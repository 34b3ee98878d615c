# family: redirect 601
from django.shortcuts import redirect
from django.views import View

from .web.mixins import NextUrlMixin


class VulnAfterLogin(NextUrlMixin, View):
    def get(self, request):
        return redirect(self.next_url)  # sink


class SafeAfterLogin(NextUrlMixin, View):
    def get(self, request):
        return redirect(self.safe_next_url)
