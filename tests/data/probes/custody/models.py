from django.db import models


class ClientStatement(models.Model):
    client = models.CharField(max_length=64)
    period = models.CharField(max_length=7)
    filename = models.CharField(max_length=128)
    pdf = models.FileField(upload_to="statements/")
    created_at = models.DateTimeField(auto_now_add=True)

    def resend(self):
        return None
