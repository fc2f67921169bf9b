# Passage: `make run` serves the demo, `make test` runs the suite. `make help` lists the rest.
.DEFAULT_GOAL := help
SHELL := /bin/bash

UV_VERSION := 0.13.8
# Django 6.1 needs Python 3.12 or newer; this machine's default python3 is 3.11.
PYTHON ?= $(shell for candidate in python3.13 python3.12 $(wildcard $(HOME)/.pyenv/versions/3.13*/bin/python3) $(wildcard $(HOME)/.pyenv/versions/3.12*/bin/python3); do \
	"$$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1 && { command -v "$$candidate"; break; }; done)
TOOLS := var/tools
UV := $(TOOLS)/bin/uv
VENV := .venv
MANAGE := $(VENV)/bin/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: help install run demo test lint format messages clean

help: ## List the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(UV):
	@test -n "$(PYTHON)" || { echo "Passage needs Python 3.12 or newer (python3.12, python3.13 or pyenv)."; exit 1; }
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

$(VENV)/.installed: $(UV) uv.lock pyproject.toml
	$(UV) sync --frozen --python $(PYTHON)
	@touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

install: $(VENV)/.installed node_modules/.installed ## Install the locked dependencies (uv.lock, package-lock.json)

run: install ## Install, migrate, load the demo if the database is empty, and serve on :8000
	$(MANAGE) migrate --no-input
	$(MANAGE) load_demo --if-empty
	$(MANAGE) runserver $(HOST):$(PORT)

demo: install ## Load (or complete) the demo network into the current database
	$(MANAGE) migrate --no-input
	$(MANAGE) load_demo

test: install ## Run the whole test suite (browser tests included)
	$(VENV)/bin/pytest $(PYTEST_ARGS)

lint: install ## Check lint and formatting with ruff
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install ## Fix lint and formatting with ruff
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

messages: install ## Extract interface strings into locale/*/django.po and compile them
	$(MANAGE) makemessages --all --no-obsolete --ignore=.venv --ignore=var --ignore=node_modules
	$(MANAGE) compilemessages --ignore=.venv --ignore=var

clean: ## Remove the virtual environment, the demo database and media
	rm -rf $(VENV) var
