# family: sql 89
from django.db import connection
from django.urls import path
from django.views.generic import TemplateView


# a class-based view keeps the URL's keyword arguments in self.kwargs
class VulnIssuerPage(TemplateView):
    template_name = "ir/issuer.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        with connection.cursor() as cursor:
            cursor.execute("SELECT name FROM issuers WHERE ticker = '%s'" % self.kwargs["ticker"])  # sink
            context["issuer"] = cursor.fetchone()
        return context


class SafeIssuerPage(TemplateView):
    template_name = "ir/issuer.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        with connection.cursor() as cursor:
            cursor.execute("SELECT name FROM issuers WHERE ticker = %s", [self.kwargs["ticker"]])  # sink
            context["issuer"] = cursor.fetchone()
        return context


urlpatterns = [
    path("issuers/<str:ticker>/", VulnIssuerPage.as_view()),
    path("issuers-safe/<str:ticker>/", SafeIssuerPage.as_view()),
]
