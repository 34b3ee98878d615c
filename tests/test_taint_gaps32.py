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


# a check of an expression validates the reads in it that a read again gives, as it validates a name in it: a MAC
# over request.get_data() (the body werkzeug keeps) holds for request.get_data() deserialized after it, and one
# over a query entry for that entry; a MAC over the body says nothing of an uploaded file, nor of a body read as
# a stream
REREADS = """
    import hmac
    import pickle

    from flask import Flask, abort, request

    app = Flask(__name__)
    KEY = b"0123456789abcdef0123456789abcdef"


    @app.post("/body")
    def body_signed():
        if not hmac.compare_digest(request.headers.get("X-Sig", ""), hmac.new(KEY, request.get_data(), "sha256").hexdigest()):
            abort(403)
        return {"n": len(pickle.loads(request.get_data()))}


    @app.post("/entry")
    def entry_signed():
        sig = request.headers.get("X-Sig", "")
        if hmac.compare_digest(sig, hmac.new(KEY, request.args.get("s", "").encode(), "sha256").hexdigest()):
            return {"n": len(pickle.loads(bytes.fromhex(request.args.get("s", ""))))}
        abort(403)


    @app.post("/file")
    def file_not_signed():
        if not hmac.compare_digest(request.headers.get("X-Sig", ""), hmac.new(KEY, request.get_data(), "sha256").hexdigest()):
            abort(403)
        return {"n": len(pickle.loads(request.files["state"].read()))}


    @app.post("/stream")
    def stream_read_twice():
        if not hmac.compare_digest(request.headers.get("X-Sig", ""), hmac.new(KEY, request.stream.read(), "sha256").hexdigest()):
            abort(403)
        return {"n": len(pickle.loads(request.stream.read()))}


    @app.post("/unsigned")
    def unsigned():
        return {"n": len(pickle.loads(request.get_data()))}
"""


def test_check_of_a_repeatable_read_holds_for_the_next(cli: Callable[..., Run], project: Callable[..., Path]) -> None:
    found = scanned(cli, project, {"app.py": REREADS}, {"INP409"})
    assert found == [("app.py", "INP409", 29), ("app.py", "INP409", 36), ("app.py", "INP409", 41)]
