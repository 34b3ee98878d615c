from pyramid.view import view_config, view_defaults

from svc.store import rows


@view_defaults(route_name="book", renderer="json", permission="trade")
class BookViews:
    def __init__(self, request):
        self.request = request

    @view_config(request_method="GET")
    def show(self):  # quiet
        return rows("book", self.request.matchdict["name"])

    @view_config(request_method="POST")
    def update(self):  # quiet
        return rows("book-update", self.request.matchdict["name"])


@view_defaults(route_name="tape", renderer="json")
class TapeViews:
    def __init__(self, request):
        self.request = request

    @view_config(request_method="GET")
    def show(self):  # expect
        return rows("tape", self.request.matchdict["name"])
