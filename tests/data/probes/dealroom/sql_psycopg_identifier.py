# family: sql 89
import psycopg
from django.http import JsonResponse
from psycopg import sql

TABLES = ("insiders", "advisors", "bidders")


def vuln_table_count(request):
    table = request.GET["table"]
    query = sql.SQL("SELECT count(*) FROM {}").format(sql.SQL(table))
    with psycopg.connect("dbname=dealroom") as db:
        return JsonResponse({"count": db.execute(query).fetchone()[0]})  # sink


def safe_table_count(request):
    table = request.GET["table"]
    query = sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(table))
    with psycopg.connect("dbname=dealroom") as db:
        return JsonResponse({"count": db.execute(query).fetchone()[0]})  # sink
