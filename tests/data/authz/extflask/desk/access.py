"""Checks the admin views share."""

from flask_login import current_user

MAINTENANCE_OPEN = False


def staff_signed_in():
    return current_user.is_authenticated and current_user.has_role("staff")


def desk_member():
    return staff_signed_in()


def maintenance_window():
    return MAINTENANCE_OPEN or load_window().is_open
