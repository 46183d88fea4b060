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
JS := tests/js
NODE_STAMP := $(JS)/node_modules/.installed

PY_SOURCES := codegen tests bench generated/python/bankcodes

.PHONY: all setup generate sync-check lint test bench clean

## all: set up, generate every output, and run the linters
all: setup generate lint

## setup: create .venv, install the package with its dev tools, and the pinned Node toolchain
setup: $(PY_STAMP) $(NODE_STAMP)

$(PY_STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "bankcodes needs Python 3.11 or newer: run make PYTHON=python3.11")'
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $@

$(NODE_STAMP): $(JS)/package.json $(JS)/package-lock.json
	@command -v node >/dev/null 2>&1 || { echo "bankcodes needs Node.js 20 or newer with npm: node was not found on PATH" >&2; exit 1; }
	@node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)' || { echo "bankcodes needs Node.js 20 or newer, found $$(node --version)" >&2; exit 1; }
	npm ci --prefix $(JS) --no-audit --no-fund --loglevel=error
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

## bench: measure against baselines timed in the same run; writes bench/results.json
bench: setup
	$(PY) bench/run.py

## clean: remove the virtual environment, caches and test artefacts
clean:
	rm -rf $(VENV) $(JS)/node_modules .mypy_cache .ruff_cache .pytest_cache .hypothesis tests/artifacts build dist
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
