# family: ssrf 918
"""The ingestion API: files come from S3 by presigned URL or from a partner's registered endpoint."""

import boto3
import requests
from flask import Flask, request

from . import settings

app = Flask(__name__)
s3 = boto3.client("s3")
PARTNER_FEEDS = {"acme-rates": "https://rates.example.org/v1/export", "globex": "https://api.globex.example/feed"}


@app.get("/exports/<int:export_id>/link")
def safe_presigned_link(export_id: int):
    url = s3.generate_presigned_url(
        "get_object", Params={"Bucket": settings.EXPORT_BUCKET, "Key": f"exports/{export_id}.parquet"}, ExpiresIn=900
    )
    return {"url": url}


@app.post("/ingest/partner")
def safe_partner_feed():
    partner = request.json["partner"]
    if partner not in PARTNER_FEEDS:
        return {"error": "unknown partner"}, 400
    body = requests.get(PARTNER_FEEDS[partner], timeout=30).content
    s3.put_object(Bucket=settings.EXPORT_BUCKET, Key=f"raw/{partner}.csv", Body=body)
    return {"bytes": len(body)}


@app.post("/ingest/url")
def vuln_ingest_url():
    source = request.json["source_url"]
    body = requests.get(source, timeout=30).content  # sink
    s3.put_object(Bucket=settings.EXPORT_BUCKET, Key="raw/adhoc.csv", Body=body)
    return {"bytes": len(body)}
