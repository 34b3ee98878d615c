# family: sql 89
import grpc

from .core.db import connect
from .proto import quotes_pb2, quotes_pb2_grpc


class VulnQuoteService(quotes_pb2_grpc.QuoteServiceServicer):
    def GetQuote(self, request, context):
        row = connect().execute(f"SELECT bid, ask FROM quotes WHERE symbol = '{request.symbol}'").fetchone()  # sink
        if row is None:
            context.abort(grpc.StatusCode.NOT_FOUND, "unknown symbol")
        return quotes_pb2.Quote(symbol=request.symbol, bid=row[0], ask=row[1])


class SafeQuoteService(quotes_pb2_grpc.QuoteServiceServicer):
    def GetQuote(self, request, context):
        row = connect().execute("SELECT bid, ask FROM quotes WHERE symbol = ?", (request.symbol,)).fetchone()
        if row is None:
            context.abort(grpc.StatusCode.NOT_FOUND, "unknown symbol")
        return quotes_pb2.Quote(symbol=request.symbol, bid=row[0], ask=row[1])
