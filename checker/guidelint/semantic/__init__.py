"""What the code means, beyond its syntax: names resolved through imports, and values known by folding.
Shared by the libcst rules and the dataflow engine."""
