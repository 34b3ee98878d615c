from django.db import models


class Client(models.Model):
    ref = models.CharField(max_length=8)
    first_name = models.CharField(max_length=100)
    last_name = models.CharField(max_length=100)
    email = models.EmailField()
    risk_score = models.IntegerField(default=0)
    is_approved = models.BooleanField(default=False)
    adviser = models.CharField(max_length=100)
