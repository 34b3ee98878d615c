"""The portal's user records (no family: helpers of the probe modules)."""

from dataclasses import dataclass


@dataclass
class PortalUser:
    id: int
    email: str
    is_active: bool = True

    def get_id(self) -> str:
        return str(self.id)


def user_for_claims(claims: dict) -> PortalUser:
    return PortalUser(id=int(claims["sub"]), email=claims["email"])


def user_for_saml(name_id: str, attributes: dict) -> PortalUser:
    return PortalUser(id=int(attributes["employeeNumber"][0]), email=name_id)
