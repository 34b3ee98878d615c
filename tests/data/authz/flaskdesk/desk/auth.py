"""The desk's access helpers: flask_login's decorator re-exported, and the team's own decorators."""

from functools import wraps

from flask import abort
from flask_login import current_user, login_required

__all__ = ["login_required", "member_only", "staff_only", "tag_view"]


def member_only(view):
    """Members of the desk: a login is enough."""
    return login_required(view)


def staff_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if not current_user.is_authenticated or not current_user.is_staff:
            abort(403)
        return view(*args, **kwargs)

    return wrapper


def tag_view(view):
    """Labels the view for the access log; decides nothing."""

    @wraps(view)
    def wrapper(*args, **kwargs):
        return view(*args, **kwargs)

    wrapper.tagged = True
    return wrapper
