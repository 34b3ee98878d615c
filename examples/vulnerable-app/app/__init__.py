"""Disclosure document service (deliberately insecure example)."""
