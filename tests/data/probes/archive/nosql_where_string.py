# family: nosql 943
from fastapi import FastAPI
from pymongo import MongoClient

app = FastAPI()
filings = MongoClient("mongodb://mongo.internal:27017")["archive"]["filings"]


@app.get("/filings/by-issuer")
def vuln_filings_by_issuer(issuer: str):
    cursor = filings.find({"$where": f"this.issuer == '{issuer}' && this.published"})  # sink
    return [f["ref"] for f in cursor]


@app.get("/filings/by-issuer/v2")
def safe_filings_by_issuer(issuer: str):
    cursor = filings.find({"issuer": issuer, "published": True})
    return [f["ref"] for f in cursor]
