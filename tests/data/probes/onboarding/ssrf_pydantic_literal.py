# family: ssrf 918
from typing import Literal

import requests
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class LooseLookup(BaseModel):
    registry: str
    company_number: int


class RegistryLookup(BaseModel):
    registry: Literal["uk", "de", "fr"]
    company_number: int


@app.post("/kyb/lookup")
def vuln_company_lookup(body: LooseLookup):
    reply = requests.get(f"https://{body.registry}.registries.example/companies/{body.company_number}", timeout=5)  # sink
    return reply.json()


@app.post("/kyb/lookup2")
def safe_company_lookup(body: RegistryLookup):
    reply = requests.get(f"https://{body.registry}.registries.example/companies/{body.company_number}", timeout=5)  # sink
    return reply.json()
