# family: sql 89
import sqlite3
from dataclasses import dataclass

from litestar import Litestar, get, post

from .backend import positions_bound, positions_of

DB = "/srv/gateway/clients.db"


@dataclass
class PositionQuery:
    client: str
    desk: str


@get("/litestar/trades")
async def vuln_trades(client: str) -> list:
    con = sqlite3.connect(DB)
    return con.execute(f"SELECT id, isin FROM trades WHERE client = '{client}'").fetchall()  # sink


@get("/litestar/trades/safe")
async def safe_trades(client: str) -> list:
    con = sqlite3.connect(DB)
    return con.execute("SELECT id, isin FROM trades WHERE client = ?", (client,)).fetchall()  # sink


@get("/litestar/desks/{desk:str}/orders")
async def vuln_desk_orders(desk: str) -> list:
    con = sqlite3.connect(DB)
    return con.execute("SELECT id FROM orders WHERE desk = '%s'" % desk).fetchall()  # sink


@get("/litestar/desks/{desk:int}/orders/safe")
async def safe_desk_orders(desk: int) -> list:
    con = sqlite3.connect(DB)
    return con.execute(f"SELECT id FROM orders WHERE desk = {desk}").fetchall()  # sink


@post("/litestar/positions")
async def vuln_positions(data: PositionQuery) -> list:
    return positions_of(data.client)  # sink


@post("/litestar/positions/safe")
async def safe_positions(data: PositionQuery) -> list:
    return positions_bound(data.client)  # sink


app = Litestar(route_handlers=[vuln_trades, safe_trades, vuln_desk_orders, safe_desk_orders, vuln_positions, safe_positions])
