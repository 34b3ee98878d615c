from django.db import models


class Deal(models.Model):
    name = models.CharField(max_length=100)
