# unshame: one entry point for the chores.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install run test lint format typecheck bench train eval clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: install
	$(BIN)/unshame serve

test: install
	$(BIN)/ruff check src tests tools
	$(BIN)/ruff format --check src tests tools
	$(BIN)/mypy
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check src tests tools
	$(BIN)/ruff format --check src tests tools
	$(BIN)/mypy

format: install
	$(BIN)/ruff format src tests tools
	$(BIN)/ruff check --fix src tests tools

train: install
	$(BIN)/python tools/train.py

eval: install
	$(BIN)/unshame eval corpus/test.jsonl
	$(BIN)/python tools/crisis_heldout.py

bench: install
	$(BIN)/python tools/bench.py
	$(BIN)/python tools/bench_load.py
	$(BIN)/python -m pytest bench -q -p no:cacheprovider --benchmark-only --benchmark-columns=median,ops,rounds

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache .benchmarks
