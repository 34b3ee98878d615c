# family: log 117
"""Audit lines of the assistant: what the user asked and what the model answered."""

import logging

from fastapi import FastAPI
from openai import OpenAI

app = FastAPI()
client = OpenAI()
log = logging.getLogger("assistant.audit")


@app.get("/ask")
def vuln_log_question(question: str, user: str):
    log.info(f"question from {user}: {question}")  # sink
    return {"ok": True}


@app.get("/ask-safe")
def safe_log_question(question: str, user: str):
    log.info("question from %r: %r", user, question)
    return {"ok": True}


@app.get("/answer")
def vuln_log_answer(question: str):
    reply = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": question}])
    log.info("answer: " + reply.choices[0].message.content)  # sink
    return {"ok": True}


@app.get("/answer-safe")
def safe_log_answer(question: str):
    reply = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": question}])
    log.info("answer: %r", reply.choices[0].message.content)
    return {"ok": True}
