"""Disclosure document service."""
