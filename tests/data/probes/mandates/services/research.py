"""Research feeds awaited together."""

import asyncio

from ..adapters.http import fetch, fetch_partner


async def gather_urls(urls):
    return await asyncio.gather(*(fetch(u) for u in urls))


async def gather_partners(names):
    return await asyncio.gather(*(fetch_partner(n) for n in names))
