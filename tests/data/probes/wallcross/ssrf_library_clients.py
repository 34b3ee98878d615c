# family: ssrf 918
import os
import socket
import xmlrpc.client

import aiohttp
import httpx
import pandas as pd
import pycurl
import requests
from flask import Flask, request
from tornado.httpclient import AsyncHTTPClient
from werkzeug.utils import secure_filename

app = Flask(__name__)
FEEDS = {"lse": "https://feeds.lse.example/rns", "ny": "https://feeds.nyse.example/news"}
REGISTRARS = {"uk": "registrar-uk.internal", "us": "registrar-us.internal"}


@app.get("/announcements")
def vuln_announcements():
    return requests.Session().get(request.args["feed"], timeout=10).text  # sink


@app.get("/announcements/safe")
def safe_announcements():
    return requests.Session().get(FEEDS.get(request.args["feed"], FEEDS["lse"]), timeout=10).text  # sink


@app.get("/news")
async def vuln_news():
    response = await AsyncHTTPClient().fetch(request.args["url"])  # sink
    return response.body


@app.get("/news/safe")
async def safe_news():
    response = await AsyncHTTPClient().fetch(FEEDS["ny"] + "?deal=" + str(int(request.args["deal"])))  # sink
    return response.body


@app.get("/ticks")
async def vuln_ticks():
    async with aiohttp.ClientSession() as session:
        async with session.ws_connect(request.args["stream"]) as ws:  # sink
            return await ws.receive_str()


@app.get("/ticks/safe")
async def safe_ticks():
    async with aiohttp.ClientSession() as session:
        async with session.ws_connect("wss://ticks.internal/stream") as ws:  # sink
            await ws.send_str(request.args["symbol"])
            return await ws.receive_str()


@app.get("/filings")
def vuln_filings():
    curl = pycurl.Curl()
    curl.setopt(pycurl.URL, request.args["filing"])  # sink
    curl.perform()
    return {"status": curl.getinfo(pycurl.RESPONSE_CODE)}


@app.get("/filings/safe")
def safe_filings():
    curl = pycurl.Curl()
    curl.setopt(pycurl.URL, "https://filings.internal/latest")  # sink
    curl.setopt(pycurl.POSTFIELDS, "deal=" + request.args["deal"])
    curl.perform()
    return {"status": curl.getinfo(pycurl.RESPONSE_CODE)}


@app.get("/registrar/ping")
def vuln_registrar_ping():
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.connect((request.args["host"], 443))  # sink
    return {"ok": True}


@app.get("/registrar/ping/safe")
def safe_registrar_ping():
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.connect((REGISTRARS.get(request.args["region"], "registrar-uk.internal"), 443))  # sink
    return {"ok": True}


@app.get("/custodian")
def vuln_custodian():
    proxy = xmlrpc.client.ServerProxy(request.args["endpoint"])  # sink
    return {"positions": proxy.positions()}


@app.get("/custodian/safe")
def safe_custodian():
    proxy = xmlrpc.client.ServerProxy("https://custodian.internal/RPC2")  # sink
    return {"positions": proxy.positions(request.args["account"])}


@app.get("/partner")
def vuln_partner():
    with httpx.Client(base_url=request.args["partner"], timeout=10) as client:  # sink
        return client.get("/v1/crossings").json()


@app.get("/partner/safe")
def safe_partner():
    with httpx.Client(base_url="https://partner.internal", timeout=10) as client:  # sink
        return client.get("/v1/crossings", params={"deal": request.args["deal"]}).json()


@app.get("/prices")
def vuln_prices():
    return pd.read_csv(request.args["source"]).to_dict("records")  # sink


@app.get("/prices/safe")
def safe_prices():
    return pd.read_csv(request.files["prices"]).to_dict("records")  # sink


@app.get("/prices/shared")
def safe_shared_prices():
    return pd.read_csv(os.path.join("/srv/wallcross/prices", secure_filename(request.args["sheet"]))).to_dict("records")  # sink
