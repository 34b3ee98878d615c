# family: xss 79 80
"""The chat page: the model's markdown answer rendered as HTML."""

import bleach
import markdown
import nh3
from flask import Flask, render_template_string, request
from langchain_community.vectorstores import FAISS
from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate
from langchain_openai import ChatOpenAI, OpenAIEmbeddings
from markupsafe import Markup
from openai import OpenAI
from pypdf import PdfReader

app = Flask(__name__)
client = OpenAI()
store = FAISS.load_local("/srv/assistant/index", OpenAIEmbeddings(), allow_dangerous_deserialization=False)
chain = ChatPromptTemplate.from_template("Context:\n{context}\n\nQuestion: {question}") | ChatOpenAI() | StrOutputParser()
PAGE = "<div class='answer'>{{ answer|safe }}</div>"
TAGS = ["p", "em", "strong", "ul", "ol", "li", "code", "pre", "a"]


def answer_from(question):
    docs = store.similarity_search(question, k=4)
    context = "\n\n".join(doc.page_content for doc in docs)
    reply = client.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "system", "content": context}, {"role": "user", "content": question}]
    )
    return reply.choices[0].message.content


@app.post("/chat")
def vuln_chat():
    html = markdown.markdown(answer_from(request.form["question"]))
    return render_template_string(PAGE, answer=html)  # sink


@app.post("/chat-safe")
def safe_chat():
    html = bleach.clean(markdown.markdown(answer_from(request.form["question"])), tags=TAGS)
    return render_template_string(PAGE, answer=html)


@app.post("/chat-markup")
def vuln_chat_markup():
    return Markup(markdown.markdown(answer_from(request.form["question"])))  # sink


@app.post("/chat-markup-safe")
def safe_chat_markup():
    return Markup(nh3.clean(markdown.markdown(answer_from(request.form["question"]))))


@app.post("/summarize-pdf")
def vuln_summarize_pdf():
    text = "\n".join(page.extract_text() for page in PdfReader(request.files["report"]).pages)
    summary = chain.invoke({"context": text, "question": "Summarize the report."})
    return f"<article>{markdown.markdown(summary)}</article>"  # sink


@app.post("/summarize-pdf-safe")
def safe_summarize_pdf():
    text = "\n".join(page.extract_text() for page in PdfReader(request.files["report"]).pages)
    summary = chain.invoke({"context": text, "question": "Summarize the report."})
    return f"<article>{nh3.clean(markdown.markdown(summary))}</article>"


@app.get("/daily-brief")
def vuln_daily_brief():
    # a fixed prompt over the team's own index: the answer is still the model's text
    summary = chain.invoke({"context": "\n".join(d.page_content for d in store.similarity_search("rates", k=3)), "question": "Brief me."})
    return "<section>" + markdown.markdown(summary) + "</section>"  # sink


@app.get("/daily-brief-safe")
def safe_daily_brief():
    summary = chain.invoke({"context": "\n".join(d.page_content for d in store.similarity_search("rates", k=3)), "question": "Brief me."})
    return "<section>" + bleach.clean(markdown.markdown(summary), tags=TAGS) + "</section>"
