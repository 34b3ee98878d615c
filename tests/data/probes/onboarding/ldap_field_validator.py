# family: ldap 90
from fastapi import FastAPI
from ldap3 import Connection, Server
from pydantic import BaseModel, field_validator

app = FastAPI()
DIRECTORY = Server("ldaps://directory.firm.example")


class LooseAdviserQuery(BaseModel):
    uid: str

    @field_validator("uid")
    @classmethod
    def tidy_uid(cls, value: str) -> str:
        return value.strip().lower()


class AdviserQuery(BaseModel):
    uid: str

    @field_validator("uid")
    @classmethod
    def plain_uid(cls, value: str) -> str:
        value = value.strip().lower()
        if not value.isalnum():
            raise ValueError("uid must be letters and digits")
        return value


@app.post("/advisers/find")
def vuln_find_adviser(query: LooseAdviserQuery):
    conn = Connection(DIRECTORY, auto_bind=True)
    conn.search("ou=advisers,dc=firm,dc=example", f"(uid={query.uid})", attributes=["cn", "mail"])  # sink
    return {"advisers": [e.entry_to_json() for e in conn.entries]}


@app.post("/advisers/find2")
def safe_find_adviser(query: AdviserQuery):
    conn = Connection(DIRECTORY, auto_bind=True)
    conn.search("ou=advisers,dc=firm,dc=example", f"(uid={query.uid})", attributes=["cn", "mail"])  # sink
    return {"advisers": [e.entry_to_json() for e in conn.entries]}
