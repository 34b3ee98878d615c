"""Disclosure reports, read as the signed-in analyst."""

from genesis.client import Session


def quarter(current_user, issuer: str) -> list[dict]:
    with Session(user=current_user) as genesis:
        return genesis.disclosures(issuer=issuer)
