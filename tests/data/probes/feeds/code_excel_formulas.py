# family: code 94 95
import ast

import openpyxl
from django.http import JsonResponse


def vuln_import_limits(request):
    book = openpyxl.load_workbook(request.FILES["limits"], read_only=True)
    limits = {}
    for client, expression in book.active.iter_rows(min_row=2, values_only=True):
        limits[client] = eval(expression)  # sink
    return JsonResponse(limits)


def safe_import_limits(request):
    book = openpyxl.load_workbook(request.FILES["limits"], read_only=True)
    limits = {}
    for client, expression in book.active.iter_rows(min_row=2, values_only=True):
        limits[client] = ast.literal_eval(expression)
    return JsonResponse(limits)
