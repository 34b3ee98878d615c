"""View decorators of the portal: request values handed to the view as keyword arguments."""

import functools

from flask import request


def with_query(*names):
    def decorate(view):
        @functools.wraps(view)
        def wrapper(*args, **kwargs):
            for name in names:
                kwargs[name] = request.args.get(name, "")
            return view(*args, **kwargs)

        return wrapper

    return decorate
