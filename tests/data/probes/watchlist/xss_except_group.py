# family: xss 79 80
# Round 32, second batch: except* handlers answering with the exceptions' values; a TaskGroup's failures.
import asyncio

from django.http import HttpResponse
from django.utils.html import escape


class UnknownIsin(LookupError):
    pass


async def lookup(isin: str) -> str:
    raise UnknownIsin(isin)


async def vuln_except_star_message(request):
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(lookup(request.GET.get("isin", "")))
    except* UnknownIsin as group:
        return HttpResponse(f"<p>unknown: {group.exceptions[0]}</p>")  # sink
    return HttpResponse("<p>ok</p>")


async def safe_except_star_escaped(request):
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(lookup(request.GET.get("isin", "")))
    except* UnknownIsin as group:
        return HttpResponse(f"<p>unknown: {escape(str(group.exceptions[0]))}</p>")  # sink
    return HttpResponse("<p>ok</p>")


def vuln_exception_group_args(request):
    isin = request.GET.get("isin", "")
    try:
        raise ExceptionGroup("lookup", [UnknownIsin(isin)])
    except* UnknownIsin as group:
        return HttpResponse("<p>" + " ".join(str(e) for e in group.exceptions) + "</p>")  # sink


def safe_exception_group_count(request):
    isin = request.GET.get("isin", "")
    try:
        raise ExceptionGroup("lookup", [UnknownIsin(isin)])
    except* UnknownIsin as group:
        return HttpResponse("<p>" + str(len(group.exceptions)) + " unknown</p>")  # sink
