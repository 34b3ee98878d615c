from pyramid.view import view_config, view_defaults


def load(name):
    return {"name": name}


@view_config(route_name="documents", renderer="json", permission="view")
def document(request):  # expect
    return load(request.matchdict["name"])


@view_defaults(route_name="archive", renderer="json", permission="view")
class ArchiveViews:
    def __init__(self, request):
        self.request = request

    @view_config(request_method="GET")
    def show(self):  # expect
        return load(self.request.matchdict["name"])
