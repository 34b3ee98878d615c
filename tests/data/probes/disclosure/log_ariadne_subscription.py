# family: log 117
import logging

from ariadne import SubscriptionType

log = logging.getLogger("disclosure.subscriptions")
subscription = SubscriptionType()


@subscription.source("filed")
async def vuln_filed_source(obj, info, market):
    log.warning("subscription opened for market %s", market)  # sink
    yield market


@subscription.source("filedSafe")
async def safe_filed_source(obj, info, market):
    log.warning("subscription opened for market %s", market.replace("\n", " ").replace("\r", " "))  # sink
    yield market
