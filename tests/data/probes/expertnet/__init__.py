"""Round 20: an expert-network call scheduler (a research client books calls with industry experts; the client's
questions, the experts' employers and the call notes are inside information). The request's values travel
through the modern Python of a 2026 codebase: single dispatch, cached properties, protocols and a container of
providers, frozen slotted records, task groups, async context managers, fluent builders and subclass registries."""
