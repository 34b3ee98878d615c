# family: ssrf 918
"""Browsing tools: the agent fetches pages the model names."""

from urllib.parse import urlparse

import httpx
import requests
from langchain.agents import AgentExecutor, create_tool_calling_agent
from langchain_core.tools import Tool, tool
from langchain_openai import ChatOpenAI

ALLOWED_HOSTS = frozenset({"www.sec.gov", "api.worldbank.org", "fred.stlouisfed.org"})


@tool
def vuln_fetch_page(url: str) -> str:
    """Fetch a web page for the analyst."""
    return requests.get(url, timeout=10).text  # sink


@tool
def safe_fetch_page(url: str) -> str:
    """Fetch a web page for the analyst."""
    if urlparse(url).hostname not in ALLOWED_HOSTS:
        return "host not allowed"
    return requests.get(url, timeout=10).text


def vuln_fetch_filing(url):
    return httpx.get(url, follow_redirects=False).text  # sink


def safe_fetch_filing(url):
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in ALLOWED_HOSTS:
        raise ValueError("host not allowed")
    return httpx.get(url, follow_redirects=False).text


def build_agent(prompt):
    tools = [
        vuln_fetch_page,
        safe_fetch_page,
        Tool(name="filing", func=vuln_fetch_filing, description="Fetch a filing by URL"),
        Tool(name="filing_safe", func=safe_fetch_filing, description="Fetch a filing by URL"),
    ]
    agent = create_tool_calling_agent(ChatOpenAI(model="gpt-4o-mini"), tools, prompt)
    return AgentExecutor(agent=agent, tools=tools)
