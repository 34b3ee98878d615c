# family: sql 89
from django.db import connection
from ninja import NinjaAPI, Schema

from .backend import positions_bound, positions_of

api = NinjaAPI(urls_namespace="gateway_ninja")


class PositionsIn(Schema):
    client: str
    desk: str


@api.get("/ninja/trades")
def vuln_trades(request, client: str):
    with connection.cursor() as cur:
        cur.execute(f"SELECT id, isin FROM trades WHERE client = '{client}'")  # sink
        return cur.fetchall()


@api.get("/ninja/trades/safe")
def safe_trades(request, client: str):
    with connection.cursor() as cur:
        cur.execute("SELECT id, isin FROM trades WHERE client = %s", [client])  # sink
        return cur.fetchall()


@api.get("/ninja/desks/{desk}/orders")
def vuln_desk_orders(request, desk: str):
    with connection.cursor() as cur:
        cur.execute("SELECT id FROM orders WHERE desk = '" + desk + "'")  # sink
        return cur.fetchall()


@api.get("/ninja/desks/{desk}/orders/safe")
def safe_desk_orders(request, desk: int):
    with connection.cursor() as cur:
        cur.execute(f"SELECT id FROM orders WHERE desk = {desk}")  # sink
        return cur.fetchall()


@api.post("/ninja/positions")
def vuln_positions(request, payload: PositionsIn):
    return positions_of(payload.client)  # sink


@api.post("/ninja/positions/safe")
def safe_positions(request, payload: PositionsIn):
    return positions_bound(payload.client)  # sink

