# family: sql 89
"""Text-to-SQL over the research warehouse: the model writes queries or picks their values."""

import json
import sqlite3

import sqlglot
from fastapi import FastAPI
from langchain_core.tools import tool
from langchain_openai import ChatOpenAI
from openai import AsyncOpenAI
from pydantic import BaseModel

app = FastAPI()
llm = ChatOpenAI(model="gpt-4o-mini")
aclient = AsyncOpenAI()
db = sqlite3.connect("research.db")


class Question(BaseModel):
    text: str


@app.post("/ask-data")
def vuln_text_to_sql(body: Question):
    sql = llm.invoke(f"Write one SQLite query answering: {body.text}").content
    return db.execute(sql).fetchall()  # sink


@app.post("/ask-data-safe")
def safe_text_to_sql(body: Question):
    sql = llm.invoke(f"Write one SQLite query answering: {body.text}").content
    statement = sqlglot.parse_one(sql, read="sqlite")
    if not isinstance(statement, sqlglot.exp.Select):
        return {"error": "only SELECT"}
    return db.execute(statement.sql(dialect="sqlite")).fetchall()


@app.post("/filings")
async def vuln_filings_by_ticker(body: Question):
    reply = await aclient.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": body.text}], response_format={"type": "json_object"}
    )
    ticker = json.loads(reply.choices[0].message.content)["ticker"]
    return db.execute(f"SELECT * FROM filings WHERE ticker = '{ticker}'").fetchall()  # sink


@app.post("/filings-safe")
async def safe_filings_by_ticker(body: Question):
    reply = await aclient.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": body.text}], response_format={"type": "json_object"}
    )
    ticker = json.loads(reply.choices[0].message.content)["ticker"]
    return db.execute("SELECT * FROM filings WHERE ticker = ?", (ticker,)).fetchall()


@tool
def vuln_holdings_for(fund: str) -> list:
    """Holdings of one fund."""
    return db.execute("SELECT name, weight FROM holdings WHERE fund = '%s'" % fund).fetchall()  # sink


@tool
def safe_holdings_for(fund: str) -> list:
    """Holdings of one fund."""
    return db.execute("SELECT name, weight FROM holdings WHERE fund = ?", (fund,)).fetchall()
