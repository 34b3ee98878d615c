# family: csrf 352
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from flask import Flask
from flask_wtf.csrf import CSRFProtect

from .models import InsiderEntry


@csrf_exempt  # sink
def vuln_add_insider(request):
    entry = InsiderEntry.objects.create(name=request.POST["name"], project=request.POST["project"])
    return JsonResponse({"id": entry.pk})


@csrf_protect  # sink
def safe_add_insider(request):
    entry = InsiderEntry.objects.create(name=request.POST["name"], project=request.POST["project"])
    return JsonResponse({"id": entry.pk})


def vuln_flask_factory():
    app = Flask(__name__)
    app.config["WTF_CSRF_ENABLED"] = False  # sink
    CSRFProtect(app)
    return app


def safe_flask_factory():
    app = Flask(__name__)
    app.config["WTF_CSRF_ENABLED"] = True  # sink
    CSRFProtect(app)
    return app
