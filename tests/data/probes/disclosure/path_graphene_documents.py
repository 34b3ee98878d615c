# family: path 22 23 36 73 99
import os

import graphene

DOCUMENTS = "/srv/disclosure/documents"


class VulnDocumentQuery(graphene.ObjectType):
    document = graphene.String(name=graphene.String(required=True))

    def resolve_document(self, info, name):
        with open(os.path.join(DOCUMENTS, name)) as fh:  # sink
            return fh.read()


class SafeDocumentQuery(graphene.ObjectType):
    document = graphene.String(name=graphene.String(required=True))

    def resolve_document(self, info, name):
        with open(os.path.join(DOCUMENTS, os.path.basename(name))) as fh:  # sink
            return fh.read()


# the root value is the parent object the server resolved (a Filing row), not the client's
class SafeFilingType(graphene.ObjectType):
    title = graphene.String()
    body = graphene.String()

    def resolve_body(parent, info):
        with open(os.path.join(DOCUMENTS, parent["file"])) as fh:  # sink
            return fh.read()


# a class with resolver-like method names that is no graphene type: its callers pass the code's values
class SafeReportBuilder:
    def resolve_section(self, info, section):
        with open(os.path.join(DOCUMENTS, section)) as fh:  # sink
            return fh.read()

    def cover(self):
        return self.resolve_section(None, "cover.txt")
