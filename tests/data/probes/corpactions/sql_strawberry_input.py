# family: sql 89
import strawberry

from .db import connect


@strawberry.input
class EventFilter:
    isin: str
    status: str = "open"


@strawberry.type
class Event:
    event_id: str
    kind: str


@strawberry.type
class VulnEventQuery:
    @strawberry.field
    def events(self, where: EventFilter) -> list[Event]:
        sql = f"SELECT id, kind FROM events WHERE isin = '{where.isin}' AND status = '{where.status}'"
        return [Event(event_id=r[0], kind=r[1]) for r in connect().execute(sql)]  # sink


@strawberry.type
class SafeEventQuery:
    @strawberry.field
    def events(self, where: EventFilter) -> list[Event]:
        sql = "SELECT id, kind FROM events WHERE isin = ? AND status = ?"
        return [Event(event_id=r[0], kind=r[1]) for r in connect().execute(sql, (where.isin, where.status))]


vuln_schema = strawberry.Schema(query=VulnEventQuery)
safe_schema = strawberry.Schema(query=SafeEventQuery)
