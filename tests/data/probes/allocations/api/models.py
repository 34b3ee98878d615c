from django.db import connection, models


class Allocation(models.Model):
    desk = models.CharField(max_length=20)
    book = models.CharField(max_length=20)
    isin = models.CharField(max_length=12)
    quantity = models.IntegerField()
    note = models.TextField(blank=True)

    def fills_since(self, since):
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT price, qty FROM fills WHERE allocation_id = {self.pk} AND filled_at >= '{since}'")
            return cursor.fetchall()

    def export_path(self, name):
        return f"/srv/allocations/exports/{self.desk}/{name}"
