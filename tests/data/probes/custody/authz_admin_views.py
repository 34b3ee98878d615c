# family: authz 862
from django.contrib import admin
from django.http import FileResponse, JsonResponse
from django.urls import path
from django.views import View

from .admin_base import OperatorView
from .models import ClientStatement


class SafeStatementDownload(OperatorView):
    def get(self, request, pk):
        statement = ClientStatement.objects.get(pk=pk)
        return FileResponse(statement.pdf.open("rb"), filename=statement.filename)


class VulnStatementDownload(View):  # sink
    def get(self, request, pk):
        statement = ClientStatement.objects.get(pk=pk)
        return FileResponse(statement.pdf.open("rb"), filename=statement.filename)


class SafeStatementAdmin(admin.ModelAdmin):
    list_display = ("client", "period", "created_at")

    def get_urls(self):
        extra = [path("<int:pk>/resend/", self.admin_site.admin_view(self.resend), name="statement-resend")]
        return extra + super().get_urls()

    def resend(self, request, pk):
        ClientStatement.objects.get(pk=pk).resend()
        return JsonResponse({"resent": pk})


admin.site.register(ClientStatement, SafeStatementAdmin)
