# family: sql 89
import logging

from django.db import connection
from django.http import HttpResponseBadRequest, JsonResponse

log = logging.getLogger(__name__)


def vuln_adviser_clients(request):
    adviser = request.GET.get("adviser", "")
    try:
        int(adviser)
    except ValueError:
        log.info("adviser id is not a number")
    with connection.cursor() as cursor:
        cursor.execute("SELECT ref FROM clients WHERE adviser_id = " + adviser)  # sink
        return JsonResponse({"clients": cursor.fetchall()})


def safe_adviser_clients(request):
    adviser = request.GET.get("adviser", "")
    try:
        int(adviser)
    except ValueError:
        return HttpResponseBadRequest("adviser id is not a number")
    with connection.cursor() as cursor:
        cursor.execute("SELECT ref FROM clients WHERE adviser_id = " + adviser)  # sink
        return JsonResponse({"clients": cursor.fetchall()})
