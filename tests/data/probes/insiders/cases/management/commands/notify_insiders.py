# family: cmd 78
import os
import subprocess

from django.core.management.base import BaseCommand


class VulnCommand(BaseCommand):
    help = "Mail the insider list of a case to a compliance mailbox"

    def add_arguments(self, parser):
        parser.add_argument("case")
        parser.add_argument("--mailbox", default="compliance@insiders.example.com")

    def handle(self, *args, **options):
        os.system(f"/opt/insiders/bin/export-list {options['case']} | mail -s insiders {options['mailbox']}")  # sink


class SafeCommand(BaseCommand):
    help = "Mail the insider list of a case to a compliance mailbox"

    def add_arguments(self, parser):
        parser.add_argument("case", type=int)
        parser.add_argument("--mailbox", default="compliance@insiders.example.com")

    def handle(self, *args, **options):
        listing = subprocess.run(["/opt/insiders/bin/export-list", str(options["case"])], capture_output=True, check=True)
        subprocess.run(["mail", "-s", "insiders", "--", options["mailbox"]], input=listing.stdout, check=True)  # sink
