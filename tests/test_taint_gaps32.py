"""Session 32 (issue 13): a record class's generated text form shows its secret-named fields (CNF102), with our
own flagged and safe pairs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.conftest import Run, scanned

# a dataclass, an attrs class and a NamedTuple get a __repr__ that prints every field: a field named for a
# credential is written wherever the object is logged; left out of it (repr=False), typed to mask itself
# (SecretStr), shown by a __repr__ of the class's own, or named for what is about the secret, it is not
RECORDS = """
    import dataclasses
    import typing
    from typing import Optional

    import attr
    from attrs import define, field
    from pydantic import SecretStr


    @dataclasses.dataclass(frozen=True)
    class SftpTarget:
        host: str
        login: str
        password: str
        port: int = 22


    @define
    class BrokerSession:
        account: str
        refreshToken: Optional[str] = None


    @attr.s(auto_attribs=True)
    class Vault:
        url: str
        master_key: bytes


    class Grant(typing.NamedTuple):
        user: str
        client_secret: str


    @dataclasses.dataclass
    class SftpTargetSafe:
        host: str
        password: str = dataclasses.field(repr=False)
        password_hash: str = ""
        password_changed: bool = False
        secret_name: str = "sftp/prod"
        api_key_env: str = "SFTP_API_KEY"
        token: str = ""


    @define(repr=False)
    class BrokerSessionSafe:
        refresh_token: str


    @define
    class UpstreamSafe:
        api_key: SecretStr
        client_secret: str = field(repr=False)


    @attr.s
    class VaultSafe:
        url = attr.ib()
        master_key: bytes = b""


    class GrantSafe(typing.NamedTuple):
        user: str
        client_secret: str

        def __repr__(self):
            return f"GrantSafe({self.user!r}, client_secret='***')"


    class Settings:
        password: str = ""
"""


def test_record_fields_shown_by_generated_repr(cli: Callable[..., Run], project: Callable[..., Path]) -> None:
    found = scanned(cli, project, {"records.py": RECORDS}, {"CNF102"})
    assert found == [
        ("records.py", "CNF102", 14),
        ("records.py", "CNF102", 21),
        ("records.py", "CNF102", 27),
        ("records.py", "CNF102", 32),
    ]


def test_record_message_names_field_and_fix(cli: Callable[..., Run], project: Callable[..., Path]) -> None:
    root = project({"records.py": RECORDS})
    run = cli("scan", ".", "--no-cache", "--select", "CNF102", "-f", "json", cwd=root)
    assert run.exit_code == 0, run.stderr
    messages = [f["message"] for f in run.json()["findings"]]
    assert messages[0] == (
        "the generated __repr__() of this dataclass shows its field password: the secret is written wherever the "
        "object is logged or printed (leave it out with field(repr=False))"
    )
    assert messages[3].endswith("(leave it out with a __repr__ of its own)")
