"""The desk a request works for: the header the reverse proxy passes, and the desk's number checked."""


class DeskMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.desk = request.headers.get("X-Desk", "")
        raw = request.headers.get("X-Desk-Id", "0")
        request.desk_id = int(raw) if raw.isdigit() else 0
        return self.get_response(request)
