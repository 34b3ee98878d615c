"""Generators and context managers over request values and documents."""

import os
from contextlib import contextmanager

from ..settings import DOC_ROOT, FEE_FORMULAS


def iter_formulas(args):
    for key in args:
        if key.startswith("f_"):
            yield args[key]


def iter_fee_formulas():
    yield from FEE_FORMULAS.values()


@contextmanager
def opened(name):
    handle = open(os.path.join(DOC_ROOT, name), "rb")
    try:
        yield handle
    finally:
        handle.close()
