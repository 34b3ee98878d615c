# family: deser 502
import base64
import json
import pickle
from collections.abc import AsyncGenerator

import strawberry


@strawberry.type
class VulnSubscription:
    @strawberry.subscription
    async def watchlist(self, state: str) -> AsyncGenerator[str, None]:
        saved = pickle.loads(base64.b64decode(state))  # sink
        for isin in saved:
            yield isin


@strawberry.type
class SafeSubscription:
    @strawberry.subscription
    async def watchlist(self, state: str) -> AsyncGenerator[str, None]:
        saved = json.loads(base64.b64decode(state))  # sink
        for isin in saved:
            yield isin
