# family: sql 89
from django.contrib.auth.models import User
from django.http import JsonResponse


def vuln_staff_by_team(request):
    team = request.GET.get("team", "")
    users = User.objects.extra(where=[f"last_name IN (SELECT member FROM teams WHERE name = '{team}')"])  # sink
    return JsonResponse({"users": [u.username for u in users]})


def safe_staff_by_team(request):
    team = request.GET.get("team", "")
    users = User.objects.extra(  # sink
        where=["last_name IN (SELECT member FROM teams WHERE name = %s)"], params=[team]
    )
    return JsonResponse({"users": [u.username for u in users]})


def vuln_staff_raw(request):
    domain = request.GET.get("domain", "")
    users = User.objects.raw("SELECT * FROM auth_user WHERE email LIKE '%%@" + domain + "'")  # sink
    return JsonResponse({"users": [u.username for u in users]})


def safe_staff_raw(request):
    domain = request.GET.get("domain", "")
    users = User.objects.raw("SELECT * FROM auth_user WHERE email LIKE %s", ["%@" + domain])  # sink
    return JsonResponse({"users": [u.username for u in users]})
