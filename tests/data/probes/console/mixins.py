"""Mixins the console's class-based views share: where to go after a form, what an export is called."""
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.text import slugify


class NextUrlMixin:
    """The page to return to after the form, as the link that opened it asked."""

    def get_next_url(self):
        return self.request.GET.get("next", "/console/")


class CheckedNextUrlMixin:
    """The page to return to after the form, when it is a page of this console."""

    def get_next_url(self):
        target = self.request.GET.get("next", "")
        if url_has_allowed_host_and_scheme(target, allowed_hosts={self.request.get_host()}, require_https=True):
            return target
        return "/console/"


class ExportNameMixin:
    """The name an export is saved under, as the operator typed it."""

    def export_name(self):
        return self.request.GET.get("name", "report")


class SluggedExportNameMixin:
    """The name an export is saved under: letters, digits and dashes of what the operator typed."""

    def export_name(self):
        return slugify(self.request.GET.get("name", "report"))
