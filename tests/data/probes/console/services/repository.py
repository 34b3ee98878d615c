"""The breach repository: the console's queries, kept out of the views."""
from django.db.models.expressions import RawSQL

from ..models import Breach


class BreachRepository:
    def open_for_desk(self, desk):
        return Breach.objects.extra(where=[f"desk = '{desk}'", "closed IS NULL"])

    def open_for_desk_bound(self, desk):
        return Breach.objects.extra(where=["desk = %s", "closed IS NULL"], params=[desk])

    def with_age(self, unit):
        return Breach.objects.annotate(age=RawSQL(f"date_part('{unit}', now() - opened)", ()))

    def with_age_bound(self, unit):
        return Breach.objects.annotate(age=RawSQL("date_part(%s, now() - opened)", (unit,)))

    def by_rule(self, rule):
        return Breach.objects.raw("SELECT * FROM breaches WHERE rule = '%s'" % rule)
