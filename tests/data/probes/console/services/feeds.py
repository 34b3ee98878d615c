"""Outbound calls of the console: status feeds of the monitoring systems, retried on failure."""
import httpx
from tenacity import retry, stop_after_attempt, wait_fixed


@retry(stop=stop_after_attempt(3), wait=wait_fixed(2))
def fetch_status(url):
    reply = httpx.get(url, timeout=5.0)
    reply.raise_for_status()
    return reply.json()
