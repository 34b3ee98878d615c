"""Mixins of the Django views."""

from django.utils.http import url_has_allowed_host_and_scheme


class NextUrlMixin:
    @property
    def next_url(self):
        return self.request.GET.get("next", "/")

    @property
    def safe_next_url(self):
        target = self.request.GET.get("next", "/")
        if url_has_allowed_host_and_scheme(target, allowed_hosts={self.request.get_host()}, require_https=True):
            return target
        return "/"
