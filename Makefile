# Chi bộ số — the two set-up commands are `make run` and `make test`.
# The first Python >= 3.12 found (pyenv's python3 is 3.12.1 here thanks to .python-version).
PYTHON ?= $(shell for p in python3 python3.12 python3.13 $$HOME/.pyenv/versions/3.12.1/bin/python3; do \
  if $$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1; then echo $$p; break; fi; done)
VENV := .venv
BIN := $(VENV)/bin
CHIBO := $(BIN)/chibo
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run install install-dev system-deps test test-postgres browser bench bench-import bench-scans loadtest loadtest-room clean \
	lint lint-ruff lint-format lint-types lint-imports lint-migrations check-deploy

$(BIN)/python:
	@test -n "$(PYTHON)" || { echo "Cần Python 3.12 trở lên (python3, python3.12 hoặc pyenv 3.12.1)." >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml constraints.txt
	$(BIN)/pip install -q -c constraints.txt -e .
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed
	$(BIN)/pip install -q -c constraints.txt -e '.[dev]'
	touch $@

install: $(VENV)/.installed

install-dev: $(VENV)/.installed-dev system-deps

## Debian packages the tests and documents need (only when missing and running as root).
system-deps:
	@bash scripts/system-deps.sh

## Install, migrate the embedded SQLite database, load the demo, serve with the task worker.
run: install
	$(CHIBO) migrate --noinput
	$(CHIBO) demo
	@echo "Mở http://$(HOST):$(PORT)/ — tài khoản ở trên, mật khẩu demo12345"
	@bash scripts/serve.sh $(HOST) $(PORT)

## Install what the tests need and run the whole suite (SQLite unless DATABASE_URL is set).
test: install-dev
	bash scripts/pytest.sh

## The suite again on a local PostgreSQL server started from Debian's packages, then the
## read-replica tests on a primary and its hot standby (scripts/pg_replica.sh).
test-postgres: install-dev
	bash scripts/test-postgres.sh

## Only the end-to-end tests in headless Chromium (screenshots land in var/screenshots/).
browser: install-dev
	bash scripts/pytest.sh -m browser

## Static checks; `make -k lint` runs every one even when an earlier one fails (CI does).
lint: lint-ruff lint-format lint-types lint-imports lint-migrations check-deploy

lint-ruff: install-dev
	$(BIN)/ruff check .

lint-format: install-dev
	$(BIN)/ruff format --check .

lint-types: install-dev
	$(BIN)/mypy chibo

## The apps' layering (import-linter contracts in pyproject.toml).
lint-imports: install-dev
	$(BIN)/lint-imports

lint-migrations: install-dev
	$(CHIBO) makemigrations --check --dry-run

## `check --deploy` and collectstatic under production settings.
check-deploy: install-dev
	bash scripts/check-deploy.sh

bench: install-dev
	bash scripts/bench.sh

## The importer on the public-plan corpus: precision/recall per field into bench/import_accuracy.json.
bench-import: install-dev
	$(BIN)/python scripts/import_corpus_accuracy.py

## Development plans rendered as scans and read by OCR (every 4th; EVERY=1 for all) into
## bench/scan_twins.json: what the OCR path loses that the Word file keeps.
bench-scans: install-dev
	$(BIN)/python -m chibo.importer.tests.corpus.twins --every $(or $(EVERY),4)

## Locust on loopback against gunicorn + its own PostgreSQL (LOAD_USERS=50 LOAD_TIME=3m by default).
loadtest: install-dev
	bash scripts/loadtest.sh

## The paperless room: 40 phones follow one meeting for 10 min (ROOM_LOAD_TIME=3m for less); bench/room_load.json.
loadtest-room: install-dev
	bash scripts/loadtest_room.sh

clean:
	rm -rf $(VENV) var/static
