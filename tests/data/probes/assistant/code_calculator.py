# family: code 94 95
"""The assistant's calculator: the model writes the expression, the service evaluates it."""

import ast
import json

from anthropic import Anthropic
from fastapi import FastAPI
from openai import OpenAI

app = FastAPI()
client = OpenAI()
claude = Anthropic()


def ask(question: str) -> str:
    reply = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": "Answer with one Python expression."}, {"role": "user", "content": question}],
    )
    return reply.choices[0].message.content


@app.get("/calc")
def vuln_calc(question: str):
    expression = ask(question)
    return {"value": eval(expression)}  # sink


@app.get("/calc-safe")
def safe_calc(question: str):
    expression = ask(question)
    return {"value": ast.literal_eval(expression)}


@app.post("/claude-calc")
def vuln_claude_calc(question: str):
    message = claude.messages.create(
        model="claude-3-5-haiku-latest", max_tokens=200, messages=[{"role": "user", "content": question}]
    )
    return {"value": eval(message.content[0].text)}  # sink


@app.post("/claude-calc-safe")
def safe_claude_calc(question: str):
    message = claude.messages.create(
        model="claude-3-5-haiku-latest", max_tokens=200, messages=[{"role": "user", "content": question}]
    )
    return {"value": ast.literal_eval(message.content[0].text)}


@app.post("/tool-calc")
def vuln_tool_call(question: str):
    reply = client.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": question}], tools=[{"type": "function", "function": {"name": "calculate"}}]
    )
    call = reply.choices[0].message.tool_calls[0]
    arguments = json.loads(call.function.arguments)
    return {"value": eval(arguments["expression"])}  # sink


@app.post("/tool-calc-safe")
def safe_tool_call(question: str):
    reply = client.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": question}], tools=[{"type": "function", "function": {"name": "calculate"}}]
    )
    call = reply.choices[0].message.tool_calls[0]
    arguments = json.loads(call.function.arguments)
    return {"value": ast.literal_eval(arguments["expression"])}


@app.get("/digest")
def vuln_constant_prompt():
    # no user data in the prompt: the model's answer is still the provider's text, not the code's
    reply = client.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "Give a Python list of this week's holidays."}]
    )
    return {"holidays": eval(reply.choices[0].message.content)}  # sink


@app.get("/digest-safe")
def safe_constant_prompt():
    reply = client.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "Give a Python list of this week's holidays."}]
    )
    return {"holidays": ast.literal_eval(reply.choices[0].message.content)}
