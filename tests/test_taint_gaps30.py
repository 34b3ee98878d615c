"""The probes' known gaps closed in session 30 (issue 13), each by its cause, with our own flagged and safe pairs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.conftest import Run, scanned

# a DRF serializer is given the view's request in its context (`self.context["request"]`): what of it the client
# sent (query parameters, body, headers) is the client's, its user the server's, and the context's other entries
# (the view, the format) are the server's too
SERIALIZERS = """
    from django.db import connection
    from rest_framework import serializers

    from .models import Ticket

    ORDERINGS = {"new": "-created", "old": "created"}


    class TicketSerializer(serializers.ModelSerializer):
        class Meta:
            model = Ticket
            fields = ["id", "title"]

        def to_representation(self, instance):
            data = super().to_representation(instance)
            sort = self.context["request"].query_params.get("sort", "id")
            with connection.cursor() as cursor:
                cursor.execute(f"SELECT id FROM ticket_note WHERE ticket_id = %s ORDER BY {sort}", [instance.id])
                data["notes"] = [row[0] for row in cursor.fetchall()]
            return data


    class OwnTicketSerializer(serializers.Serializer):
        title = serializers.CharField()
        notes = serializers.SerializerMethodField()

        def get_notes(self, instance):
            request = self.context.get("request")
            return list(Ticket.objects.extra(where=[f"owner_id = {request.user.id}"]).values_list("id", flat=True))

        def validate_title(self, value):
            tag = self.context["request"].headers.get("X-Tag", "")
            if Ticket.objects.extra(where=[f"tag = '{tag}'"]).exists():
                raise serializers.ValidationError("taken")
            return value


    class SortedTicketSerializer(serializers.Serializer):
        notes = serializers.SerializerMethodField()

        def get_notes(self, instance):
            order = ORDERINGS.get(self.context["request"].query_params.get("sort"), "created")
            view = self.context["view"].get_view_name()
            return list(instance.notes.extra(select={"view": f"'{view}'"}, order_by=[order]).values_list("id"))
"""


def test_serializer_context_holds_the_request(cli: Callable[..., Run], project: Callable[..., Path]) -> None:
    found = scanned(cli, project, {"app/__init__.py": "", "app/serializers.py": SERIALIZERS}, {"INP402", "INP401"})
    assert found == [("app/serializers.py", "INP402", 18), ("app/serializers.py", "INP402", 33)]
