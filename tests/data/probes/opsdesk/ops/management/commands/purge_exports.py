# family: cmd 78
"""Purges and archives of old exports, run by cron and by operators."""

import shlex
import subprocess

from django.core.management.base import BaseCommand


class SafePurgeCommand(BaseCommand):
    help = "Archive the exports of a day and remove them"

    def add_arguments(self, parser):
        parser.add_argument("day")

    def handle(self, *args, **options):
        day = options["day"]
        subprocess.run(["tar", "czf", f"/srv/archive/{day}.tgz", "-C", "/srv/exports", day], check=True)
        subprocess.run(f"rm -rf -- /srv/exports/{shlex.quote(day)}", shell=True, check=True)
        subprocess.run("find /srv/exports -name '*.tmp' -mtime +7 -delete", shell=True, check=True)


class VulnPurgeCommand(BaseCommand):
    help = "Archive the exports matching a pattern and remove them"

    def add_arguments(self, parser):
        parser.add_argument("pattern")

    def handle(self, *args, **options):
        pattern = options["pattern"]
        subprocess.run(f"rm -rf /srv/exports/{pattern}", shell=True, check=True)  # sink
