# family: regex 1333 400 730
import re
from functools import lru_cache

from fastapi import FastAPI

app = FastAPI()
NAMES = ["Project Red", "Project Blue", "Atlas Holdings", "Borealis Capital"]


@lru_cache(maxsize=64)
def matcher(pattern):
    return re.compile(pattern, re.IGNORECASE)  # sink


@app.get("/codenames")
def vuln_codenames(q: str):
    found = matcher(q)  # sink
    return [name for name in NAMES if found.search(name)]


@app.get("/codenames2")
def safe_codenames(q: str):
    found = matcher(re.escape(q))  # sink
    return [name for name in NAMES if found.search(name)]
