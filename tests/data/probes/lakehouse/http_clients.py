# family: tls 295
"""HTTP clients of the ingestion jobs: retries, time-outs and the company's CA bundle."""

import os

import boto3
import requests
import snowflake.connector
from botocore.config import Config
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

CA_BUNDLE = os.environ.get("REQUESTS_CA_BUNDLE", "/etc/ssl/certs/acme-root.pem")


def safe_session() -> requests.Session:
    session = requests.Session()
    retry = Retry(total=5, backoff_factor=0.5, status_forcelist=(429, 500, 502, 503, 504), allowed_methods=None)
    session.mount("https://", HTTPAdapter(max_retries=retry))
    session.verify = CA_BUNDLE
    return session


def safe_fetch_rates(day: str) -> dict:
    response = requests.get("https://rates.example.org/v1/eur", params={"day": day}, timeout=(3.05, 30))
    response.raise_for_status()
    return response.json()


def safe_internal_api(path: str) -> dict:
    verify = os.environ.get("INTERNAL_CA", True)
    return requests.get(f"https://metrics.internal.acme/{path.lstrip('/')}", verify=verify, timeout=10).json()


def safe_minio_client():
    return boto3.client(
        "s3",
        endpoint_url=os.environ.get("S3_ENDPOINT_URL"),
        verify=CA_BUNDLE,
        config=Config(signature_version="s3v4", retries={"max_attempts": 5}),
    )


def vuln_vendor_feed() -> bytes:
    return requests.get("https://feeds.vendor.example/daily.csv", verify=False, timeout=30).content  # sink


def vuln_minio_client():
    return boto3.client("s3", endpoint_url="https://minio.internal:9000", verify=False)  # sink


def vuln_snowflake_insecure():
    return snowflake.connector.connect(
        account="acme-analytics",
        user=os.environ["SNOWFLAKE_USER"],
        password=os.environ["SNOWFLAKE_PASSWORD"],
        insecure_mode=True,  # sink
    )
