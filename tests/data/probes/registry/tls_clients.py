# family: tls 295
import ssl

import aiohttp
import httpx
import requests
import urllib3

FIRM_CA = "/etc/ssl/certs/firm-root-ca.pem"


def vuln_partner_session():
    session = requests.Session()
    session.verify = False  # sink
    return session


def safe_partner_session():
    session = requests.Session()
    session.verify = FIRM_CA  # sink
    return session


def vuln_httpx_client():
    return httpx.Client(base_url="https://filings.partner.example", verify=False, timeout=10)  # sink


def safe_httpx_client():
    context = ssl.create_default_context(cafile=FIRM_CA)
    return httpx.Client(base_url="https://filings.partner.example", verify=context, timeout=10)  # sink


def vuln_pool():
    return urllib3.PoolManager(cert_reqs="CERT_NONE")  # sink


def safe_pool():
    return urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs=FIRM_CA)  # sink


async def vuln_fetch_filing(url):
    async with aiohttp.ClientSession() as session:
        async with session.get(url, ssl=False) as response:  # sink
            return await response.read()


async def safe_fetch_filing(url):
    async with aiohttp.ClientSession() as session:
        async with session.get(url, ssl=ssl.create_default_context(cafile=FIRM_CA)) as response:  # sink
            return await response.read()


def vuln_context():
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE  # sink
    return context


def safe_context():
    context = ssl.create_default_context(cafile=FIRM_CA)
    context.verify_mode = ssl.CERT_REQUIRED  # sink
    return context
