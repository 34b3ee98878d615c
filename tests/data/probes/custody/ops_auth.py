from flask import abort
from flask_login import current_user


def require_operator():
    if not current_user.is_authenticated or not current_user.has_role("settlement-ops"):
        abort(403)
