# family: xss 79 80
"""Answer pages of the document assistant: LlamaIndex engines and a LangChain agent behind FastAPI and Flask."""

import html

import markdown
import nh3
from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from flask import Blueprint
from langchain.agents import AgentExecutor, create_react_agent
from langchain_openai import ChatOpenAI
from llama_index.core import SimpleDirectoryReader, VectorStoreIndex
from markupsafe import Markup

api = FastAPI()
pages = Blueprint("pages", __name__)
index = VectorStoreIndex.from_documents(SimpleDirectoryReader("/srv/assistant/policies").load_data())
engine = index.as_query_engine(similarity_top_k=4)


@api.get("/policies/answer", response_class=HTMLResponse)
def vuln_policy_answer(question: str):
    response = engine.query(question)
    return HTMLResponse(markdown.markdown(str(response)))  # sink


@api.get("/policies/answer-safe", response_class=HTMLResponse)
def safe_policy_answer(question: str):
    response = engine.query(question)
    return HTMLResponse(nh3.clean(markdown.markdown(str(response))))


@api.get("/policies/changes", response_class=HTMLResponse)
def vuln_weekly_changes():
    # a fixed question over the team's own policies: the answer is still the model's text
    response = engine.query("What changed in the travel policy this week?")
    return HTMLResponse("<h2>Changes</h2>" + markdown.markdown(response.response))  # sink


@api.get("/policies/changes-safe", response_class=HTMLResponse)
def safe_weekly_changes():
    response = engine.query("What changed in the travel policy this week?")
    return HTMLResponse("<h2>Changes</h2><pre>" + html.escape(response.response) + "</pre>")


def make_agent(tools, prompt):
    llm = ChatOpenAI(model="gpt-4o-mini")
    return AgentExecutor(agent=create_react_agent(llm, tools, prompt), tools=tools)


@pages.get("/morning-note")
def vuln_morning_note():
    executor = AgentExecutor(agent=create_react_agent(ChatOpenAI(), [], None), tools=[])
    result = executor.invoke({"input": "Write this morning's note on rates."})
    return Markup("<article>%s</article>" % result["output"])  # sink


@pages.get("/morning-note-safe")
def safe_morning_note():
    executor = AgentExecutor(agent=create_react_agent(ChatOpenAI(), [], None), tools=[])
    result = executor.invoke({"input": "Write this morning's note on rates."})
    return Markup("<article>%s</article>") % result["output"]
