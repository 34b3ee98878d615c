# family: timeout 400
import urllib.request

FEED = "https://filings.partner.example/feed.xml"


def vuln_read_feed():
    with urllib.request.urlopen(FEED) as response:  # sink
        return response.read()


def safe_read_feed():
    with urllib.request.urlopen(FEED, timeout=15) as response:  # sink
        return response.read()
