# family: ssrf 918
import graphene
import requests

PARTNERS = {"lseg": "https://api.lseg.example/filings", "euronext": "https://feeds.euronext.example/filings"}


class VulnPreviewQuery(graphene.ObjectType):
    preview = graphene.String(url=graphene.String(required=True))

    def resolve_preview(root, info, url):
        return requests.get(url, timeout=5).text[:200]  # sink


class SafePreviewQuery(graphene.ObjectType):
    preview = graphene.String(partner=graphene.String(required=True))

    def resolve_preview(root, info, partner):
        if partner not in PARTNERS:
            return None
        return requests.get(PARTNERS[partner], timeout=5).text[:200]  # sink


# graphene-django: info.context is the Django request
class VulnContextQuery(graphene.ObjectType):
    feed = graphene.String()

    def resolve_feed(root, info):
        return requests.get(info.context.GET.get("feed"), timeout=5).text  # sink


class SafeContextQuery(graphene.ObjectType):
    feed = graphene.String()

    def resolve_feed(root, info):
        return requests.get(PARTNERS.get(info.context.GET.get("feed"), PARTNERS["lseg"]), timeout=5).text  # sink
