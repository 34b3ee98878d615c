# family: ssrf 918
import requests

from .proto import quotes_pb2_grpc

MIRRORS = {"eu": "https://eu.mirror.feeds.example/quotes", "us": "https://us.mirror.feeds.example/quotes"}


class VulnMirrorService(quotes_pb2_grpc.QuoteServiceServicer):
    def Mirror(self, request_iterator, context):
        for request in request_iterator:
            requests.post(request.mirror_url, data=request.payload, timeout=5)  # sink
        return None


class SafeMirrorService(quotes_pb2_grpc.QuoteServiceServicer):
    def Mirror(self, request_iterator, context):
        for request in request_iterator:
            url = MIRRORS.get(request.region)
            if url is not None:
                requests.post(url, data=request.payload, timeout=5)
        return None
