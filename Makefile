# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# `make run` builds its own store from examples/, removed and rebuilt on every run. It is not
# newsdesk.duckdb (ingest's default, the user's own store), which no target here deletes.
EXAMPLES_DB ?= examples.duckdb

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
	rm -f $(EXAMPLES_DB) $(EXAMPLES_DB).wal
	$(BIN)/newsdesk ingest examples/ --db $(EXAMPLES_DB) --quiet
	$(BIN)/newsdesk articles --db $(EXAMPLES_DB)
	$(BIN)/newsdesk analyze examples/china-defence-minister.txt

# The import layers first (pyproject.toml [tool.importlinter]: cheap, and a broken layer is a
# design error), then the tests. Tests that cannot run say why in the summary (-rs).
test: install
	$(BIN)/lint-imports
	$(BIN)/python -m pytest -rs

# Rebuild every shipped model from ../shared/data (fixed seeds; prints dev scores). Without a
# GPU the voice encoder is kept as shipped (its fine-tune needs one: training/voice_encoder.py).
models: install
	$(BIN)/pip install --quiet -e '.[train]'
	$(BIN)/python -m newsdesk.training

bench: install
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) $(EXAMPLES_DB) $(EXAMPLES_DB).wal .pytest_cache
