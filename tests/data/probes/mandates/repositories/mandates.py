"""Mandates: built on the base repository of another module."""

from .base import BaseRepository


class MandateRepository(BaseRepository):
    table = "mandates"

    def find(self, client, status="open"):
        return self.query(f"SELECT * FROM mandates WHERE client = '{client}' AND status = '{status}'")

    def find_bound(self, client, status="open"):
        return self.query("SELECT * FROM mandates WHERE client = ? AND status = ?", (client, status))

    def where(self, **filters):
        clause = " AND ".join(f"{column} = '{value}'" for column, value in filters.items())
        return self.query(f"SELECT * FROM mandates WHERE {clause}")

    def where_bound(self, **filters):
        clause = " AND ".join(f"{column} = ?" for column in filters if column in {"client", "status"})
        return self.query(f"SELECT * FROM mandates WHERE {clause}", tuple(filters.values()))

    def ordered(self, client, column):
        return self.query(f"SELECT * FROM mandates WHERE client = ? ORDER BY {column}", (client,))

    def run(self, q):
        return self.query(f"SELECT * FROM mandates WHERE client = '{q.client}' ORDER BY {q.sort}")

    def run_sorted(self, q):
        return self.query(f"SELECT * FROM mandates WHERE client = ? ORDER BY {q.sort}", (q.client,))


class ClientRepository(BaseRepository):
    table = "clients"

    def lookup(self, name):
        return super().lookup(name.strip())

    def by_name(self, name):
        return self.query("SELECT * FROM clients WHERE name = ?", (name,))


class SqlBuilder:
    @staticmethod
    def where_client(client):
        return f"client = '{client}'"

    @staticmethod
    def where_placeholder():
        return "client = ?"

    @classmethod
    def select(cls, where):
        return f"SELECT * FROM mandates WHERE {where}"


def find_mandates(cursor, client, status):
    cursor.execute(f"SELECT * FROM mandates WHERE client = '{client}' AND status = '{status}'")
    return cursor.fetchall()


def count_mandates(cursor, client, status):
    cursor.execute("SELECT count(*) FROM mandates WHERE client = ? AND status = ?", (client, status))
    return cursor.fetchone()
