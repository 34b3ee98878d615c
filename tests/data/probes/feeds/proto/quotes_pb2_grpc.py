"""Stand-in for the code protoc generates (the real one is built at packaging time)."""


class QuoteServiceServicer:
    def GetQuote(self, request, context):
        raise NotImplementedError
