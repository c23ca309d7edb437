# owui-sdk: every task a developer or CI runs. `make help` lists them.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3.11
VENV ?= .venv
PY := $(VENV)/bin/python
# The release the package targets, written once: src/owui_sdk/_version.py (make spec rewrites it).
OPENWEBUI_VERSION ?= $(shell sed -n 's/^__openwebui_version__ = "\(.*\)"$$/\1/p' src/owui_sdk/_version.py)
# The server venv lives outside the repository, keyed by version, so fresh clones and CI on
# the same machine reuse it.
OWUI_CACHE ?= $(HOME)/.cache/owui-sdk
OWUI_VENV := $(OWUI_CACHE)/open-webui-$(OPENWEBUI_VERSION)
OWUI_PY := $(OWUI_VENV)/bin/python
SPEC ?= openapi.json
URL ?=

.PHONY: help install wheel owui spec generate check-generated lint typecheck test test-unit \
	test-integration serve demo bench upstream-diff docs docs-build test-matrix clean \
	openwebui-version releases check-regenerate test-compat

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-18s %s\n", $$1, $$2}'

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $@

install: $(VENV)/.installed ## create .venv with the package and the dev tools

wheel: install ## build the wheel into dist/ (pip install dist/owui_sdk-*.whl)
	rm -rf dist
	$(PY) -m pip wheel --quiet --disable-pip-version-check --no-deps --wheel-dir dist .
	@ls dist/*.whl

$(OWUI_VENV)/.installed:
	PYTHON=$(PYTHON) codegen/install_openwebui.sh $(OPENWEBUI_VERSION) $(OWUI_VENV)

owui: $(OWUI_VENV)/.installed ## install Open WebUI $(OPENWEBUI_VERSION) into the cache venv

ifeq ($(URL),)
spec: owui ## export openapi.json from Open WebUI $(OPENWEBUI_VERSION) (URL=... to read a running server)
	$(OWUI_PY) codegen/export_spec.py --out $(SPEC)
	$(PYTHON) codegen/set_version.py $(OPENWEBUI_VERSION)
else
spec: install
	$(PY) codegen/export_spec.py --url $(URL) --out $(SPEC)
endif

generate: install ## regenerate src/owui_sdk/_generated and the sync facade from openapi.json
	$(PY) -m codegen.generate

check-generated: install ## fail when committed generated code differs from a fresh generation
	$(PY) -m codegen.generate --check

lint: install ## ruff
	$(PY) -m ruff check src tests codegen examples benchmarks noxfile.py
	$(PY) -m ruff format --check src tests codegen examples benchmarks noxfile.py

typecheck: install ## mypy (strict): the package (generated code included), tests, codegen, benchmarks, examples
	$(PY) -m mypy
	$(PY) -m mypy tests codegen benchmarks examples noxfile.py

# The unit tests run on every core (pytest-xdist; at most 4 workers, where starting one costs more
# than it saves); the integration tests in one process, since each worker would start its own
# Open WebUI.
XDIST ?= -n auto --maxprocesses=4

test-unit: install ## unit tests (no server)
	$(PY) -m pytest -m "not integration" -q $(XDIST)

# The floor is for the hand-written code (pyproject's [tool.coverage]): an untested branch shows.
COVERAGE_FLOOR ?= 95

test: install owui ## unit and integration tests against a real Open WebUI, with coverage
	$(PY) -m pytest -m "not integration" -q $(XDIST) --cov --cov-report=
	OWUI_PYTHON=$(OWUI_PY) OWUI_VERSION=$(OPENWEBUI_VERSION) $(PY) -m pytest -m integration -q --cov --cov-append --cov-report=term --cov-fail-under=$(COVERAGE_FLOOR)

test-matrix: install ## unit tests on Python 3.12 and 3.13 (make test: 3.11), on 3.11 without orjson, and the wheel's contents (nox)
	@# pyenv's shims answer only for the selected versions: select every installed one.
	PYENV_VERSION="$$(pyenv versions --bare 2>/dev/null | tr '\n' ':' | sed 's/:$$//')" $(VENV)/bin/nox

test-integration: install owui ## integration tests only (a real Open WebUI on loopback)
	OWUI_PYTHON=$(OWUI_PY) OWUI_VERSION=$(OPENWEBUI_VERSION) $(PY) -m pytest -m integration -q

test-compat: install owui ## integration tests against Open WebUI OPENWEBUI_VERSION=x.y.z; what it lacks is skipped by the table
	OWUI_PYTHON=$(OWUI_PY) OWUI_VERSION=$(OPENWEBUI_VERSION) $(PY) -m pytest -m integration -q -rs

demo: install owui ## start a local Open WebUI and run examples/ (sync and async) against it
	OWUI_PYTHON=$(OWUI_PY) $(PY) tests/server.py --run \
		bash -c '$(PY) examples/sync_demo.py && $(PY) examples/async_demo.py && $(PY) examples/completions_demo.py && $(PY) examples/knowledge_demo.py'

bench: install owui ## benchmarks: SDK against raw httpx, import time, memory, fan-out on a real server
	OWUI_PYTHON=$(OWUI_PY) $(PY) benchmarks/run.py --server

$(VENV)/.docs-installed: $(VENV)/.installed
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev,docs]'
	touch $@

# The site's build: strict, and not --quiet, which hid the warnings strict mode counts (a
# griffe warning, a broken link) so that the build could not fail. tests/docs/test_docs_gate.py
# builds a copy with MKDOCS_CONFIG and SITE set, one of each warning in it.
MKDOCS_CONFIG ?= mkdocs.yml
SITE ?= site

docs-build: $(VENV)/.docs-installed ## build the documentation site into $(SITE)/ (mkdocs --strict: any warning fails)
	NO_MKDOCS_2_WARNING=1 $(VENV)/bin/mkdocs build --strict -f $(MKDOCS_CONFIG) -d $(SITE)

docs: docs-build ## build the site, then check it (tests/docs/site_check.py: empty cells, unlinked types, exception trees)
	$(PY) -m tests.docs.site_check $(SITE)

# The last release of each minor line: the table of which release has which operation.
RELEASES ?= 0.9.6 0.10.2 0.11.4 0.12.4

releases: install ## export each of RELEASES' schemas and write the table src/owui_sdk/_releases.json
	@tmp=$$(mktemp -d -t owui-releases.XXXXXX) && trap 'rm -rf "$$tmp"' EXIT && specs="" && \
	for v in $(RELEASES); do \
		$(MAKE) --no-print-directory owui OPENWEBUI_VERSION=$$v && \
		{ $(OWUI_CACHE)/open-webui-$$v/bin/python codegen/export_spec.py --out "$$tmp/$$v.json" \
			>"$$tmp/$$v.log" 2>&1 || { tail -30 "$$tmp/$$v.log"; exit 1; }; } && \
		grep '^wrote' "$$tmp/$$v.log" && specs="$$specs $$v=$$tmp/$$v.json" || exit 1; \
	done && \
	$(PY) -m codegen.releases $$specs

upstream-diff: install owui ## what changed from openapi.json to Open WebUI $(OPENWEBUI_VERSION)'s schema (DIFF_ARGS=--strict|--json)
	@tmp=$$(mktemp -t owui-openapi.XXXXXX) && trap 'rm -f "$$tmp"' EXIT && \
	$(OWUI_PY) codegen/export_spec.py --out "$$tmp" && \
	$(PY) -m codegen.upstream_diff $(DIFF_ARGS) openapi.json "$$tmp"

serve: install owui ## run a throwaway Open WebUI on loopback; prints the URL and API keys; Ctrl-C stops it
	OWUI_PYTHON=$(OWUI_PY) $(PY) tests/server.py

# The release "regenerate for my server" is proven on in CI (an older line than the target).
REGEN_VERSION ?= 0.11.4

check-regenerate: install ## on a copy: make spec OPENWEBUI_VERSION=$(REGEN_VERSION), generate, lint, typecheck, unit tests
	VENV=$(VENV) codegen/check_regenerate.sh $(REGEN_VERSION)

openwebui-version: ## print the Open WebUI release the package targets
	@echo $(OPENWEBUI_VERSION)

clean: ## remove caches (not the Open WebUI venv)
	rm -rf .pytest_cache .mypy_cache .ruff_cache build dist
