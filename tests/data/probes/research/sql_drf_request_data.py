# family: sql 89
from django.db import connection
from rest_framework.response import Response
from rest_framework.views import APIView


class VulnWatchlistView(APIView):
    def post(self, request):
        name = request.data.get("name", "")
        with connection.cursor() as cur:
            cur.execute(f"INSERT INTO watchlists (owner, name) VALUES ({request.user.pk}, '{name}')")  # sink
        return Response(status=201)

    def get(self, request):
        owner = request.query_params.get("owner", "")
        with connection.cursor() as cur:
            cur.execute("SELECT name FROM watchlists WHERE owner = " + owner)  # sink
            return Response({"names": [r[0] for r in cur.fetchall()]})


class SafeWatchlistView(APIView):
    def post(self, request):
        name = request.data.get("name", "")
        with connection.cursor() as cur:
            cur.execute("INSERT INTO watchlists (owner, name) VALUES (%s, %s)", [request.user.pk, name])  # sink
        return Response(status=201)

    def get(self, request):
        owner = int(request.query_params.get("owner", "0"))
        with connection.cursor() as cur:
            cur.execute("SELECT name FROM watchlists WHERE owner = %d" % owner)  # sink
            return Response({"names": [r[0] for r in cur.fetchall()]})
