# family: authz 862
"""The admin of the desk's exports."""

import subprocess

from django.contrib import admin, messages

from .models import Export


@admin.register(Export)
class SafeExportAdmin(admin.ModelAdmin):
    list_display = ("name", "sent")
    actions = ["resend"]

    @admin.action(description="Send the selected exports again", permissions=["change"])
    def resend(self, request, queryset):
        for export in queryset:
            subprocess.run(["/usr/local/bin/opsdesk-send", export.path], check=True)
        queryset.update(sent=True)
        messages.success(request, f"{queryset.count()} exports sent")
