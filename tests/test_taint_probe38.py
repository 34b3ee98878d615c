"""Round 38's causes (tests/data/probes/assistant): a research team's internal LLM assistant, where the model's
answer and the arguments of the tools it calls are text the code did not write, each flagged shape beside the safe
one it differs from."""

from __future__ import annotations

from tests.taintfindings import findings


def test_a_chat_answer_is_untrusted_even_for_a_constant_prompt() -> None:
    """client.chat.completions.create(...) after client = OpenAI() (at the top of the module, in the function, or
    kept as self.client): a method of what the client holds under constant attributes, named through them; the
    answer (choices[0].message.content, content[0].text, a tool call's arguments) is the model's text."""
    code = """
        import ast, json, os
        from anthropic import Anthropic
        from openai import OpenAI
        client = OpenAI()

        def summary():
            reply = client.chat.completions.create(model="m", messages=[{"role": "user", "content": "List holidays."}])
            os.system("notify " + reply.choices[0].message.content)
            return ast.literal_eval(reply.choices[0].message.content)

        def tool_args():
            call = client.chat.completions.create(model="m", messages=[]).choices[0].message.tool_calls[0]
            return eval(json.loads(call.function.arguments)["expression"])

        class Bot:
            def __init__(self):
                self.claude = Anthropic()

            def run(self):
                text = self.claude.messages.create(model="m", max_tokens=9, messages=[]).content[0].text
                os.system(text)
                os.system("notify " + str(len(text)))
    """
    assert findings(code) == [("INP401", 8), ("INP401", 21), ("INP403", 13)]


def test_a_method_of_an_attribute_of_an_unknown_object_is_no_answer() -> None:
    """Only a chain that starts at what a model's class made is named through it: config.chat.completions.create()
    of a parameter, and os.path.join, are not."""
    code = """
        import os

        def run(config, name):
            os.system(config.chat.completions.create(model="m"))
            os.system(os.path.join("/srv", "x"))
    """
    assert findings(code) == []


def test_tool_arguments_are_the_models_choice() -> None:
    """A LangChain @tool function (also @tool("name")), a function given to Tool(func=) or
    StructuredTool.from_function(func=), a BaseTool's _run: the model picks the arguments; an int is converted."""
    code = """
        import subprocess
        import requests
        from langchain_core.tools import BaseTool, StructuredTool, Tool, tool

        @tool
        def fetch(url: str) -> str:
            return requests.get(url).text

        @tool("rows")
        def rows(limit: int, table: str) -> str:
            return subprocess.getoutput("head -n %d data.csv" % limit)

        def restart(service: str) -> str:
            return subprocess.getoutput("systemctl restart " + service)

        def status(service: str) -> str:
            return subprocess.getoutput("systemctl status " + service)

        class Ping(BaseTool):
            def _run(self, host: str) -> str:
                return subprocess.getoutput("ping -c 1 " + host)

        tools = [Tool(name="restart", func=restart, description="d"), StructuredTool.from_function(func=status)]
    """
    assert findings(code) == [("INP401", 14), ("INP401", 17), ("INP401", 21), ("INP405", 7)]


def test_a_tool_shaped_function_without_langchain_is_the_callers() -> None:
    """@tool of another library, a _run of a class that is no BaseTool: parameters of the code's callers."""
    code = """
        import subprocess
        from ourtools import tool

        @tool
        def restart(service: str) -> str:
            return subprocess.getoutput("systemctl restart " + service)

        class Job:
            def _run(self, host: str) -> str:
                return subprocess.getoutput("ping -c 1 " + host)
    """
    assert findings(code) == []


def test_a_value_a_constant_template_marks_safe_is_markup() -> None:
    """render_template_string(PAGE, answer=html) with {{ answer|safe }} in the constant PAGE: html is placed
    unescaped; the other values of the context, and a value cleaned first, are escaped or harmless."""
    code = """
        import bleach, markdown
        from flask import Flask, render_template_string, request
        app = Flask(__name__)
        PAGE = "<h1>{{ title }}</h1><div>{{ answer | safe }}</div>"

        @app.post("/chat")
        def chat():
            html = markdown.markdown(request.form["q"])
            render_template_string(PAGE, title=request.form["t"], answer=bleach.clean(html))
            return render_template_string(PAGE, title=request.form["t"], answer=html)
    """
    assert findings(code) == [("OUT401", 10)]


def test_a_markup_template_escapes_what_percent_formats() -> None:
    """Markup("<b>%s</b>") % x (also through a name bound to a Markup) escapes x, as Markup(...).format(x) does;
    Markup("<b>%s</b>" % x) and a plain string template place x as it came."""
    code = """
        from flask import Flask, request
        from markupsafe import Markup
        app = Flask(__name__)

        @app.get("/a")
        def a():
            return Markup("<article>%s</article>") % request.args["x"]

        @app.get("/b")
        def b():
            template = Markup("<article>%s</article>")
            return template % request.args["x"]

        @app.get("/c")
        def c():
            return Markup("<article>%s</article>" % request.args["x"])

        @app.get("/d")
        def d():
            return "<article>%s</article>" % request.args["x"]
    """
    assert findings(code) == [("OUT401", 16), ("OUT401", 20)]


def test_an_engine_a_library_object_makes_is_named_through_it() -> None:
    """engine = index.as_query_engine() after index = VectorStoreIndex.from_documents(...): engine.query(...) is
    LlamaIndex's answer, for a constant question too; the project's own index class is no library's."""
    code = """
        import os
        from llama_index.core import VectorStoreIndex
        index = VectorStoreIndex.from_documents([])
        engine = index.as_query_engine()

        class Index:
            def as_query_engine(self):
                return self

            def query(self, q):
                return "fixed"

        def weekly():
            os.system("notify " + str(engine.query("What changed?")))
            os.system("notify " + index.as_retriever().retrieve("x")[0].text)
            own = Index().as_query_engine()
            os.system("notify " + own.query("x"))
    """
    assert findings(code) == [("INP401", 14)]


def test_a_pipeline_with_a_chat_model_answers_with_its_text() -> None:
    """chain = prompt | ChatOpenAI() | StrOutputParser() (or | llm of llm = ChatOpenAI()): chain.invoke(...) is the
    model's answer, for a constant question too; a pipeline without a model, and `|` of sets, are not."""
    code = """
        import os
        from langchain_core.output_parsers import StrOutputParser
        from langchain_core.prompts import ChatPromptTemplate
        from langchain_openai import ChatOpenAI
        prompt = ChatPromptTemplate.from_template("Brief me on {topic}.")
        llm = ChatOpenAI()

        def brief():
            chain = prompt | llm | StrOutputParser()
            os.system("notify " + chain.invoke({"topic": "rates"}))
            os.system("notify " + (prompt | ChatOpenAI()).invoke({"topic": "fx"}).content)
            rendered = prompt | StrOutputParser()
            os.system("notify " + rendered.invoke({"topic": "rates"}))
            names = set(["a"]) | set(["b"])
            os.system("notify " + names.pop())
    """
    assert findings(code) == [("INP401", 10), ("INP401", 11)]


def test_what_a_connections_method_returns_is_no_connection() -> None:
    """statement = await conn.prepare(SQL) is named through conn for the models' call names only: the driver's
    receiver patterns (`*conn*`) still do not take the prepared statement for a connection."""
    code = """
        import asyncpg
        from flask import request

        async def insiders():
            conn = await asyncpg.connect("postgresql:///wallcross")
            statement = await conn.prepare("SELECT name FROM insiders WHERE deal = $1")
            await statement.fetch(request.args["deal"])
            await conn.fetch("SELECT name FROM insiders WHERE deal = '%s'" % request.args["deal"])
    """
    assert findings(code) == [("INP402", 8)]
