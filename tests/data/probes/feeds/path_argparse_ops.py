# family: path 22 23 36 73 99
import argparse
import shutil
from pathlib import Path

EXPORTS = Path("/srv/feeds/exports")


def safe_purge_export(argv=None):
    """The operator names the export to purge: the command line is the operator's, inside the trust boundary
    (an operator with a shell on this host can delete the file without the tool); no path-traversal finding."""
    parser = argparse.ArgumentParser(prog="feeds-purge")
    parser.add_argument("export")
    args = parser.parse_args(argv)
    shutil.rmtree(EXPORTS / args.export)
