from pyramid.view import view_config


def load(name):
    return {"name": name}


@view_config(route_name="documents", renderer="json", permission="view")
def document(request):  # quiet
    return load(request.matchdict["name"])


@view_config(route_name="status", renderer="json")
def status(request):  # expect
    return {"documents": load("count")}
