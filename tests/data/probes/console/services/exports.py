"""The export service: the CSV text of a desk's breaches, and the tools the console runs."""
import csv
import io
import subprocess

from django.db import connection

PG_DUMP = "/usr/bin/pg_dump"


def build_csv(desk):
    buf = io.StringIO()
    writer = csv.writer(buf)
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, rule, opened FROM breaches WHERE desk = %s", [desk])
        for row in cursor.fetchall():
            writer.writerow(row)
    return buf.getvalue()


def run_tool(*args):
    """Runs a console tool given as words of its command line."""
    return subprocess.run(" ".join(args), shell=True, check=True, capture_output=True, timeout=300)


def dump_table(table, target):
    return run_tool(PG_DUMP, "--table", table, "--file", target)
