"""ACME CSIRT rule pack for guidelint (the rules are data and rule modules next to this file)."""
