# family: log 117
import logging

import graphene

log = logging.getLogger("disclosure.graphql")


class VulnLookupQuery(graphene.ObjectType):
    issuer = graphene.String(lei=graphene.String(required=True))

    def resolve_issuer(root, info, lei):
        log.info("issuer lookup for %s", lei)  # sink
        return lei.upper()


class SafeLookupQuery(graphene.ObjectType):
    issuer = graphene.String(lei=graphene.String(required=True))

    def resolve_issuer(root, info, lei):
        log.info("issuer lookup for %r", lei)  # sink
        return lei.upper()
