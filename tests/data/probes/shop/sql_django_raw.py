# family: sql 89
from django.http import JsonResponse
from django.views import View

from .models import Invoice


class VulnInvoiceSearch(View):
    def get(self, request):
        ref = request.GET.get("ref", "")
        invoices = Invoice.objects.raw("SELECT * FROM billing_invoice WHERE ref = '%s'" % ref)  # sink
        return JsonResponse({"ids": [i.pk for i in invoices]})


class SafeInvoiceSearch(View):
    def get(self, request):
        ref = request.GET.get("ref", "")
        invoices = Invoice.objects.raw("SELECT * FROM billing_invoice WHERE ref = %s", [ref])  # sink
        return JsonResponse({"ids": [i.pk for i in invoices]})
