# Two entry points for a fresh machine: `make demo` (set up + scan an example) and `make test`.
PYTHON ?= python3
VENV := .venv
STAMP := $(VENV)/.installed

.PHONY: demo test setup lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install --quiet --upgrade pip
	$(VENV)/bin/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

demo: $(STAMP)
	@echo "== guidelint scan examples/vulnerable-app (exit 1 = blocking findings, as intended)"
	@$(VENV)/bin/guidelint scan examples/vulnerable-app; code=$$?; echo "exit code: $$code"; test $$code -eq 1

test: $(STAMP)
	$(VENV)/bin/python -m pytest -q

lint: $(STAMP)
	$(VENV)/bin/ruff check . && $(VENV)/bin/ruff format --check . && $(VENV)/bin/mypy

clean:
	rm -rf $(VENV) .guidelint_cache .pytest_cache .mypy_cache .ruff_cache dist
