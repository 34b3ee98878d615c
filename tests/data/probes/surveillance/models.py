from django.db import models


class Alert(models.Model):
    desk = models.CharField(max_length=40)
    trader = models.CharField(max_length=100)
    symbol = models.CharField(max_length=12)
    status = models.CharField(max_length=20)
    score = models.IntegerField()


class WatchEntry(models.Model):
    symbol = models.CharField(max_length=12)
    reason = models.TextField()
    added_by = models.CharField(max_length=100)
