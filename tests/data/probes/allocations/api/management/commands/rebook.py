# family: cmd 78
import subprocess

import requests
from django.core.management.base import BaseCommand


def vuln_rebook_from_feed(feed_url):
    for line in requests.get(feed_url, timeout=10).json()["books"]:
        subprocess.run(f"/usr/local/bin/rebook {line['code']}", shell=True, check=True)  # sink


def safe_rebook_from_feed(feed_url):
    for line in requests.get(feed_url, timeout=10).json()["books"]:
        subprocess.run(["/usr/local/bin/rebook", line["code"]], check=True)  # sink


class Command(BaseCommand):
    help = "Rebook allocations from the booking feed"

    def add_arguments(self, parser):
        parser.add_argument("--feed", default="https://booking.internal.example/feed")

    def handle(self, *args, **options):
        vuln_rebook_from_feed(options["feed"])
        safe_rebook_from_feed(options["feed"])
