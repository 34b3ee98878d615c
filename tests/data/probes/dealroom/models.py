from django.db import models


class Deal(models.Model):
    code = models.CharField(max_length=20)
    title = models.CharField(max_length=200)
    stage = models.CharField(max_length=20)
    owner = models.CharField(max_length=100)


class Insider(models.Model):
    deal = models.ForeignKey(Deal, on_delete=models.CASCADE)
    name = models.CharField(max_length=200)
    email = models.EmailField()
    clearance = models.CharField(max_length=20)
