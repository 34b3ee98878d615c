"""quotesdk: the desks' internal client for the quotes and reference-data service."""

__version__ = "3.4.1"
