# Newsroom: two commands. `make run` serves the demo site; `make test` runs every suite.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
export PORT

.PHONY: run test test-fast lint format lock bench clean

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' || \
		{ echo "Newsroom needs Python 3.11 (found $$($(PYTHON) --version))."; exit 1; }
	$(PYTHON) -m venv $(VENV) || { echo "On Debian: apt-get install python3-venv"; exit 1; }
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.base-installed: requirements/base.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements/base.txt
	touch $@

$(VENV)/.dev-installed: requirements/dev.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements/dev.txt
	touch $(VENV)/.base-installed $@

## Install, migrate, build the demo newsroom (first time only) and serve it on $(PORT).
run: $(VENV)/.base-installed
	$(BIN)/python manage.py compiletranslations
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py collectstatic --noinput --verbosity 0
	$(BIN)/python manage.py load_demo
	$(BIN)/python manage.py serve --port $(PORT)

## Every suite: embedded default (incl. browser, two processes: each has its own database
## file), then scaled mode on real PostgreSQL + Redis (one process: they share one Redis).
test: $(VENV)/.dev-installed
	bash scripts/install-test-packages
	$(BIN)/python manage.py compiletranslations
	$(BIN)/python -m pytest -n 2
	$(BIN)/python -m pytest --scaled -m "not browser"

## The embedded-default suite only, without the browser.
test-fast: $(VENV)/.dev-installed
	$(BIN)/python manage.py compiletranslations
	$(BIN)/python -m pytest -m "not browser"

lint: $(VENV)/.dev-installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy newsroom
	$(BIN)/python manage.py check
	$(BIN)/python manage.py makemigrations --check --dry-run

format: $(VENV)/.dev-installed
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

## Re-pin dependencies after editing requirements/*.in.
lock: $(BIN)/python
	$(BIN)/python -m pip install --quiet pip-tools
	cd requirements && ../$(BIN)/pip-compile --quiet --strip-extras --no-emit-index-url base.in -o base.txt
	cd requirements && ../$(BIN)/pip-compile --quiet --strip-extras --no-emit-index-url dev.in -o dev.txt

bench: $(VENV)/.dev-installed
	bash scripts/install-test-packages
	$(BIN)/python bench/article_page.py

clean:
	rm -rf $(VENV) data test-artifacts
