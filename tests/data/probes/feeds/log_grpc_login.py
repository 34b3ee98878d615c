# family: log 117
import logging

from .proto import quotes_pb2_grpc

audit = logging.getLogger("feeds.audit")


class VulnAuditedQuotes(quotes_pb2_grpc.QuoteServiceServicer):
    def GetQuote(self, request, context):
        audit.info("quote requested for %s by %s", request.symbol, request.client_id)  # sink
        return None


class SafeAuditedQuotes(quotes_pb2_grpc.QuoteServiceServicer):
    def GetQuote(self, request, context):
        audit.info("quote requested for %r by %r", request.symbol, request.client_id)
        return None
