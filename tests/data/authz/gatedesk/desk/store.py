def rows(kind, key=None):
    return [{"kind": kind, "key": key}]
