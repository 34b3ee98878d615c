# family: cmd 78
import os
import shlex

import strawberry


@strawberry.type
class VulnMutation:
    @strawberry.mutation
    def rebuild_pack(self, isin: str) -> bool:
        return os.system(f"build-pack --isin {isin}") == 0  # sink


@strawberry.type
class SafeMutation:
    @strawberry.mutation
    def rebuild_pack(self, isin: str) -> bool:
        return os.system(f"build-pack --isin {shlex.quote(isin)}") == 0  # sink


@strawberry.type
class SafeCountMutation:
    @strawberry.mutation
    def rebuild_packs(self, count: int) -> bool:
        return os.system(f"build-pack --last {count}") == 0  # sink
