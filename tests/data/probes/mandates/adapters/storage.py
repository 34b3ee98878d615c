"""Documents of the mandates on the file server."""

import os

from ..common.config import DOC_ROOT


def read_document(name):
    with open(os.path.join(DOC_ROOT, name), "rb") as handle:
        return handle.read()
