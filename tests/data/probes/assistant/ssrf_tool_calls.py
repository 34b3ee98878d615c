# family: ssrf 918
"""litellm tool calls: the model asks for a market-data URL to be fetched."""

import json
from urllib.parse import urlparse

import litellm
import requests

DATA_HOSTS = ("api.stlouisfed.org", "www.ecb.europa.eu")


def requested_url(question):
    response = litellm.completion(model="gpt-4o-mini", messages=[{"role": "user", "content": question}], tools=[])
    return json.loads(response.choices[0].message.tool_calls[0].function.arguments)["url"]


def vuln_fetch_series(question):
    return requests.get(requested_url(question), timeout=5).json()  # sink


def safe_fetch_series(question):
    url = requested_url(question)
    if urlparse(url).hostname not in DATA_HOSTS:
        raise ValueError("not a market-data host")
    return requests.get(url, timeout=5).json()
