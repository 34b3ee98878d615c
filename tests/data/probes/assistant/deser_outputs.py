# family: deser 502
"""Structured answers: the model returns YAML or a serialized object."""

import base64
import json
import pickle

import yaml
from anthropic import Anthropic
from flask import Flask, request
from llama_index.core import VectorStoreIndex

app = Flask(__name__)
claude = Anthropic()


def complete(question):
    message = claude.messages.create(model="claude-3-5-haiku-latest", max_tokens=800, messages=[{"role": "user", "content": question}])
    return message.content[0].text


@app.post("/plan")
def vuln_plan():
    plan = yaml.load(complete(request.form["question"]), Loader=yaml.Loader)  # sink
    return {"steps": plan["steps"]}


@app.post("/plan-safe")
def safe_plan():
    plan = yaml.safe_load(complete(request.form["question"]))
    return {"steps": plan["steps"]}


@app.post("/restore")
def vuln_restore_state():
    blob = complete(request.form["question"])
    state = pickle.loads(base64.b64decode(blob))  # sink
    return {"keys": list(state)}


@app.post("/restore-safe")
def safe_restore_state():
    blob = complete(request.form["question"])
    state = json.loads(base64.b64decode(blob))
    return {"keys": list(state)}


def vuln_index_answer(index: VectorStoreIndex, question):
    answer = index.as_query_engine().query(question)
    return yaml.unsafe_load(str(answer))  # sink


def safe_index_answer(index: VectorStoreIndex, question):
    answer = index.as_query_engine().query(question)
    return yaml.safe_load(str(answer))
