import os

EXPORTS = "/srv/office/exports"


def inside_exports(name):
    path = os.path.realpath(os.path.join(EXPORTS, name))
    if not path.startswith(EXPORTS + os.sep):
        raise PermissionError(name)
    return path


def export_path(name):
    return os.path.join(EXPORTS, name)
