# bankcodes — every command a maintainer needs. `make` sets up and generates; `make test` checks.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := all
.DELETE_ON_ERROR:

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
PY_STAMP := $(VENV)/.installed

PY_SOURCES := codegen tests generated/python/bankcodes

.PHONY: all setup generate sync-check lint test clean

## all: set up, generate every output, and run the linters
all: setup generate lint

## setup: create .venv and install the package with its dev tools (idempotent)
setup: $(PY_STAMP)

$(PY_STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "bankcodes needs Python 3.11 or newer: run make PYTHON=python3.11")'
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $@

## generate: render every output from spec/catalog.json
generate: setup
	$(PY) -m codegen generate

## sync-check: fail when a committed generated file differs from what the spec generates
sync-check: setup
	$(PY) -m codegen check

## lint: ruff (lint and format check) and mypy --strict on all Python
lint: setup
	$(BIN)/ruff check $(PY_SOURCES)
	$(BIN)/ruff format --check $(PY_SOURCES)
	$(BIN)/mypy $(PY_SOURCES)

## test: lint, then the whole test suite
test: lint
	$(BIN)/pytest

## clean: remove the virtual environment, caches and test artefacts
clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache .hypothesis tests/artifacts build dist
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
