# family: sql 89
import openpyxl
from django.db import connection
from django.http import HttpResponse


def vuln_import_restricted(request):
    sheet = openpyxl.load_workbook(request.FILES["restricted"])["Restricted"]
    with connection.cursor() as cursor:
        for row in sheet.iter_rows(min_row=2):
            cursor.execute(f"INSERT INTO restricted_list (isin, reason) VALUES ('{row[0].value}', '{row[1].value}')")  # sink
    return HttpResponse(status=204)


def safe_import_restricted(request):
    sheet = openpyxl.load_workbook(request.FILES["restricted"])["Restricted"]
    with connection.cursor() as cursor:
        for row in sheet.iter_rows(min_row=2):
            cursor.execute("INSERT INTO restricted_list (isin, reason) VALUES (%s, %s)", [row[0].value, row[1].value])
    return HttpResponse(status=204)
