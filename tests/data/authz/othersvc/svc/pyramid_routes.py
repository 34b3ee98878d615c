from svc import pyramid_views


def includeme(config):  # the configurator comes from the app: this module imports nothing of Pyramid
    config.add_route("ledger_export", "/ledger/{account}/export")
    config.add_route("ledger_report", "/ledger/{account}/report")
    config.add_route("ledger_archive", "/ledger/{account}/archive")
    config.add_view(pyramid_views.ledger_export, route_name="ledger_export", renderer="json")
    config.add_view("svc.pyramid_views.ledger_report", route_name="ledger_report", renderer="json", permission="audit")
    config.add_view(
        pyramid_views.ledger_archive, route_name="ledger_archive", renderer="json", permission="__no_permission_required__"
    )
