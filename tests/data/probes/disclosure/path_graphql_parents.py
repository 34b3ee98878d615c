# family: path 22 23 36 73 99
import os

import strawberry
from ariadne import ObjectType

DOCUMENTS = "/srv/disclosure/documents"
filing = ObjectType("Filing")


# the first parameter of an ariadne resolver is the parent object the server resolved (a filing row)
@filing.field("body")
def safe_resolve_body(parent, info):
    with open(os.path.join(DOCUMENTS, parent["file"])) as fh:  # sink
        return fh.read()


@filing.field("appendix")
def vuln_resolve_appendix(parent, info, name):
    with open(os.path.join(DOCUMENTS, parent["folder"], name)) as fh:  # sink
        return fh.read()


# strawberry: self and a parameter named root are the parent object, info the execution's
@strawberry.type
class SafeFilingType:
    folder: str

    @strawberry.field
    def cover(self, root: "SafeFilingType", info: strawberry.Info) -> str:
        with open(os.path.join(DOCUMENTS, root.folder, "cover.txt")) as fh:  # sink
            return fh.read()


@strawberry.type
class VulnFilingType:
    folder: str

    @strawberry.field
    def appendix(self, root: "VulnFilingType", name: str) -> str:
        with open(os.path.join(DOCUMENTS, root.folder, name)) as fh:  # sink
            return fh.read()
