"""ACC103's verdict on one handler the rule's nodes are (rules/python/acc103_handler_without_authorization.py):
a function routed by a decorator, a URLconf or a registration, or a class-based view, checked against every
kind of evidence that authorizes it (guidelint.cst.authorized, .classhandlers, .handlers). Each answers the
findings to report, as (node, message); none for a handler that is authorized, public or no handler."""

from __future__ import annotations

import libcst as cst

from guidelint.cst import Context, authorized, classhandlers, handlers
from guidelint.knowledge import matches_last


def function_findings(func: cst.FunctionDef, ctx: Context, template: str) -> list[tuple[cst.CSTNode, str]]:
    """Flask routes, FastAPI endpoints, Django function views."""
    name = func.name.value
    if name.startswith("_"):
        return []
    route = handlers.route(func, ctx)
    markers = authorized.markers(ctx)
    wrapper: str | None = None  # the URLconf wrapper around a view routed by a URLconf
    receiver = ""  # the app, blueprint or router a route is registered on
    if route is None:
        unrouted = authorized.unrouted(func, ctx, markers)
        if unrouted is None:
            return []
        kind, receiver, wrapper = unrouted
    else:
        receiver = authorized.receiver_of(ctx, route)
    if authorized.framework_code(ctx):
        return []
    decorators = handlers.decorator_targets(func, ctx)
    if any(matches_last(n, markers.public) for _, n in decorators):
        return []
    index = route.index if route is not None and route.framework.decorator_order != "any" else -1
    if route is not None:
        kind = route.framework.handler
        if handlers.dependencies_authorize(func, route, markers, ctx) or handlers.auth_keyword(route, ctx):
            return []
    if any(i > index and matches_last(n, markers.decorators) for i, n in decorators):
        return []
    below = [n for i, n in decorators if i > index]
    if authorized.deciding_decorator(ctx, below, markers) or authorized.permission_required(ctx, name, below):
        return []
    if handlers.drf_permissions(func, ctx) or wrapper or authorized.in_code(ctx, name, markers):
        return []
    opened = handlers.opened(func, route, ctx)
    if receiver:
        if authorized.route_hook(ctx, receiver, markers, name, route):
            return []
    elif not opened and authorized.by_settings(ctx, markers, handlers.drf_function(func, ctx), name):
        return []
    message = template.format(handler=f"{kind} {name}()")
    above = [n for i, n in decorators if i < index and matches_last(n, markers.decorators)]
    if above:
        message += f"; @{above[0].rsplit('.', 1)[-1]} is above the route decorator and does not wrap the handler"
    if opened:
        message += f"; {opened} lets anyone in"
    return [(func.name, f"{message} ({authorized.accepted(markers, classes=False)})")]


def class_findings(cls: cst.ClassDef, ctx: Context, template: str) -> list[tuple[cst.CSTNode, str]]:
    """Django and DRF class-based views; Flask's registered in this module."""
    found: list[tuple[cst.CSTNode, str]] = []
    name = cls.name.value
    if name.startswith("_") or authorized.framework_code(ctx):
        return []
    markers = authorized.markers(ctx)
    if not handlers.view_class(cls, ctx):  # a Flask View/MethodView, tornado, Falcon or Flask-Admin class
        kind = classhandlers.unauthorized(cls, ctx, markers)
        if kind:
            message = template.format(handler=f"{kind} {name}")
            found.append((cls.name, f"{message} ({authorized.accepted(markers)})"))
        return found
    for method, opened in handlers.open_actions(cls, markers, ctx):  # reported whatever guards the viewset
        message = template.format(handler=f"DRF action {name}.{method.name.value}()")
        found.append((method.name, f"{message}; {opened} lets anyone in ({authorized.accepted(markers)})"))
    opening = classhandlers.django_class(cls, ctx, markers)
    if opening is None:
        return found
    message = template.format(handler=f"{handlers.django(ctx).handler} {name}")
    if opening:
        message += f"; {opening} lets anyone in"
    found.append((cls.name, f"{message} ({authorized.accepted(markers)})"))
    return found
