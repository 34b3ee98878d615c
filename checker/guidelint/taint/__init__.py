"""Dataflow (taint) analysis on libcst, with models as data."""
