from flask import Blueprint, abort
from flask_login import current_user

admin_bp = Blueprint("admin", __name__, url_prefix="/admin")


@admin_bp.before_request
def staff_gate():
    if not current_user.is_authenticated or not current_user.is_staff:
        abort(403)


from desk.admin import views  # noqa: E402,F401  (registers the routes)
