from django.db import models


class Case(models.Model):
    reference = models.CharField(max_length=40, unique=True)
    slug = models.SlugField(unique=True)
    title = models.CharField(max_length=200)
    desk = models.CharField(max_length=40)
    status = models.CharField(max_length=20)
    opened = models.DateField()
    priority = models.PositiveSmallIntegerField(default=3)


class Insider(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="insiders")
    full_name = models.CharField(max_length=200)
    email = models.EmailField()
    department = models.CharField(max_length=80)
    added = models.DateTimeField(auto_now_add=True)


class Document(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE)
    file = models.FileField(upload_to="documents/")
    label = models.CharField(max_length=120)
