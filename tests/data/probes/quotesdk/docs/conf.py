# family: secret 798 259
"""Sphinx configuration of the SDK's documentation."""

project = "quotesdk"
author = "Market Data Platform"
extensions = ["sphinx.ext.autodoc", "sphinx.ext.napoleon", "sphinx.ext.intersphinx"]
html_theme = "furo"
intersphinx_mapping = {"python": ("https://docs.python.org/3", None)}
linkcheck_ignore = [r"https://auth\.quotes\.internal/.*"]
