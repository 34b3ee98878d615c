# family: sql 89
"""A small helper over DB-API connections: identifiers quoted by the dialect, values always bound."""

from __future__ import annotations

from typing import Any, Protocol


class Dialect(Protocol):
    paramstyle: str

    def quote(self, identifier: str) -> str: ...


class PostgresDialect:
    paramstyle = "%s"

    def quote(self, identifier: str) -> str:
        return '"' + identifier.replace('"', '""') + '"'


class SafeTableHelper:
    def __init__(self, connection: Any, dialect: Dialect) -> None:
        self.connection = connection
        self.dialect = dialect

    def fetch_by_key(self, table: str, key_column: str, key: Any) -> list[tuple]:
        sql = f"SELECT * FROM {self.dialect.quote(table)} WHERE {self.dialect.quote(key_column)} = %s"
        with self.connection.cursor() as cursor:
            cursor.execute(sql, (key,))
            return cursor.fetchall()

    def insert(self, table: str, row: dict[str, Any]) -> None:
        columns = ", ".join(self.dialect.quote(c) for c in row)
        marks = ", ".join(["%s"] * len(row))
        with self.connection.cursor() as cursor:
            cursor.execute(f"INSERT INTO {self.dialect.quote(table)} ({columns}) VALUES ({marks})", tuple(row.values()))


def safe_count(connection: Any, dialect: Dialect, table: str) -> int:
    cursor = connection.cursor()
    cursor.execute("SELECT count(*) FROM " + dialect.quote(table))
    return cursor.fetchone()[0]


def vuln_fetch_by_symbol(connection: Any, symbol: str) -> list[tuple]:
    cursor = connection.cursor()
    cursor.execute(f"SELECT * FROM quotes WHERE symbol = '{symbol}'")  # sink
    return cursor.fetchall()


def vuln_delete(connection: Any, table: str, where: str) -> None:
    connection.cursor().execute("DELETE FROM %s WHERE %s" % (table, where))  # sink
