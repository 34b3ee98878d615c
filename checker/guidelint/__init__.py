"""guidelint: the company Security Guidelines as code, for pre-commit and CI."""

__version__ = "0.1.0"
