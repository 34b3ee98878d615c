"""Exporters register themselves by kind."""

EXPORTERS = {}


def exporter(kind):
    def register(fn):
        EXPORTERS[kind] = fn
        return fn

    return register
