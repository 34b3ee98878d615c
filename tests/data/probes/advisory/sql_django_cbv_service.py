# family: sql 89
from django.db import connection
from django.http import JsonResponse
from django.views import View


class NoteSearch:
    def __init__(self, conn):
        self.conn = conn

    def matching(self, term):
        with self.conn.cursor() as cursor:
            cursor.execute("SELECT id FROM adviser_notes WHERE body LIKE '%%" + term + "%%'")  # sink
            return [r[0] for r in cursor.fetchall()]

    def matching_bound(self, term):
        with self.conn.cursor() as cursor:
            cursor.execute("SELECT id FROM adviser_notes WHERE body LIKE %s", ["%" + term + "%"])  # sink
            return [r[0] for r in cursor.fetchall()]


class VulnNoteSearchView(View):
    search = NoteSearch(connection)

    def get(self, request):
        return JsonResponse({"ids": self.search.matching(request.GET.get("q", ""))})


class SafeNoteSearchView(View):
    search = NoteSearch(connection)

    def get(self, request):
        return JsonResponse({"ids": self.search.matching_bound(request.GET.get("q", ""))})
