# family: sql 89
"""Tool calls whose arguments are validated by a schema before they reach the warehouse."""

import sqlite3
from typing import Literal

from openai import OpenAI
from pydantic import BaseModel

client = OpenAI()
db = sqlite3.connect("warehouse.db")


class FreeLookup(BaseModel):
    table: str
    limit: int


class Lookup(BaseModel):
    table: Literal["prices", "filings", "holdings"]
    limit: int


def tool_arguments(question):
    reply = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": question}], tools=[])
    return reply.choices[0].message.tool_calls[0].function.arguments


def vuln_lookup(question):
    args = FreeLookup.model_validate_json(tool_arguments(question))
    return db.execute(f"SELECT * FROM {args.table} LIMIT {args.limit}").fetchall()  # sink


def safe_lookup(question):
    args = Lookup.model_validate_json(tool_arguments(question))
    return db.execute(f"SELECT * FROM {args.table} LIMIT {args.limit}").fetchall()
