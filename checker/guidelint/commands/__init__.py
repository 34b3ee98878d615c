"""The command line's commands beyond `scan` and its siblings (see `guidelint.cli`)."""
