# family: sql 89
from django.db import connection
from django.http import JsonResponse
from django.views import View


class VulnTeamView(View):
    def get(self, request, team):
        with connection.cursor() as cursor:
            cursor.execute("SELECT name FROM members WHERE team = '" + team + "'")  # sink
            return JsonResponse({"members": cursor.fetchall()})


class SafeTeamView(View):
    def get(self, request, team_id: int):
        with connection.cursor() as cursor:
            cursor.execute("SELECT name FROM members WHERE team_id = %s", [team_id])  # sink
            return JsonResponse({"members": cursor.fetchall()})


def vuln_member_detail(request, **kwargs):
    member = kwargs["member"]
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT * FROM members WHERE login = '{member}'")  # sink
        return JsonResponse({"row": cursor.fetchone()})
