"""Monthly billing run: reads the month's orders from GENE-S.I.S."""

from genesis.client import Session


def monthly_orders(month: str) -> list[dict]:
    with Session() as genesis:
        return genesis.orders(since=f"{month}-01")
