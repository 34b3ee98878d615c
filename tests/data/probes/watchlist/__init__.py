"""Round 32: a restricted- and watch-list service (the issuers and instruments the firm's staff may not trade or
must watch, the feeds that update them, their exports) written in the Python of 3.10-3.13: match statements on
request data, the walrus operator, nested and async comprehensions, star-unpacking, task groups and except*,
f-string `=` and format specs, PEP 695 and PEP 701 syntax, records of slotted keyword-only dataclasses,
NamedTuple and TypedDict, cached and context-manager helpers."""
