"""Round 19: a book-building service for primary offerings (investors' orders into a bond or equity book before
pricing, allocations, the syndicate's notes: inside information until the deal is priced). The request's values
travel through validating models: pydantic, dataclasses, attrs, marshmallow, msgspec, dacite and cattrs."""
