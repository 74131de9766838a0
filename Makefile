# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DB     ?= newsdesk.duckdb

.PHONY: install run test models bench clean

install: $(STAMP)

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Reinstalls only when pyproject.toml changes (idempotent; `make install` twice is a no-op).
$(STAMP): pyproject.toml | $(VENV)/bin/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

run: install
	rm -f $(DB)
	$(BIN)/newsdesk ingest examples/ --db $(DB) --quiet
	$(BIN)/newsdesk articles --db $(DB)
	$(BIN)/newsdesk analyze examples/china-defence-minister.txt

test: install
	$(BIN)/python -m pytest

# Rebuild every shipped model from ../shared/data (fixed seeds; prints dev scores).
models: install
	$(BIN)/pip install --quiet -e '.[train]'
	$(BIN)/python -m newsdesk.training

bench: install
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) $(DB) .pytest_cache
