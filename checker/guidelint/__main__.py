"""`python -m guidelint`. `-m` puts the working directory, the scanned repository, first on sys.path: it is
taken off before anything else is imported, so a distribution or package committed in the repository can
neither declare a rule pack nor run as one. (A `guidelint/` folder there is imported by `-m` itself before
this runs: in an untrusted checkout use the `guidelint` command, or `python -P -m guidelint`.)"""

import os
import sys

if not getattr(sys.flags, "safe_path", False) and sys.path and sys.path[0] in ("", os.getcwd()):
    del sys.path[0]

from guidelint.cli import run

run()
