# Two commands for a newcomer:  make start  (the course in JupyterLab)  and  make test  (the test suite).
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(CURDIR)/$(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8888
ROOT_FLAG := $(if $(filter 0,$(shell id -u)),--allow-root,)

export PATH := $(BIN):$(PATH)
# JupyterLab's menus: by default in the computer's language (French on a French system: the French language pack
# is installed); LAB_LANGUAGE=fr or en chooses (jupyter-config/lab-fr, lab-en); Settings > Language switches later.
LAB_LANGUAGE ?=
ifneq ($(LAB_LANGUAGE),)
ifeq ($(wildcard $(CURDIR)/jupyter-config/lab-$(LAB_LANGUAGE)),)
$(error LAB_LANGUAGE must be fr or en, not '$(LAB_LANGUAGE)')
endif
endif
export JUPYTER_CONFIG_PATH := $(if $(LAB_LANGUAGE),$(CURDIR)/jupyter-config/lab-$(LAB_LANGUAGE):,)$(CURDIR)/jupyter-config
# Small models train fastest on one thread, and two threads per kernel on a busy 2-core machine made
# numpy's maths up to 12x slower here: kernels started by make start / make test use one.
export OPENBLAS_NUM_THREADS := 1
export OMP_NUM_THREADS := 1
# Voila template "caire" (CAIRE's page script, no CDN request) lives in jupyter-data/voila/templates/.
export JUPYTER_PATH := $(CURDIR)/jupyter-data
# pip's notices about local package mirrors of some machines are noise here.
PIP_QUIET := grep -v -e '^WARNING: Location' -e '^$$' || true

.PHONY: help setup start test test-fast lint notebooks frontend frontend-check chromium benchmark clean

help:
	@echo "make start      install what is missing, then open the course in JupyterLab on $(HOST):$(PORT)"
	@echo "               (LAB_LANGUAGE=fr: JupyterLab's menus in French; en: in English; default: the computer's)"
	@echo "make test       install what is missing, then run the whole test suite"
	@echo "make test-fast  lint, notebook build check and unit tests (no browser, hub, grader or notebook runs): minutes"
	@echo "make notebooks  rebuild modules/, assignments/ and apps/ from their sources in course/"
	@echo "make frontend   rebuild the apps' page script (frontend/) into jupyter-data/voila/templates/caire/static/"
	@echo "make benchmark  time each module and app in a fresh kernel (see benchmarks/)"
	@echo "make hub        (root) a JupyterHub for a class on this machine: accounts, nbgrader exchange (docs/hub.md)"

$(STAMP): requirements.txt requirements-dev.txt pyproject.toml
	@test -x $(BIN)/python || { echo "Creating $(VENV) with $(PYTHON)"; $(PYTHON) -m venv $(VENV); }
	@echo "Installing pinned dependencies into $(VENV) (first time: about a minute)"
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt 2>&1 | $(PIP_QUIET)
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e . 2>&1 | $(PIP_QUIET)
	@$(BIN)/python -c "import caire, nbgrader, voila, torch, sklearn" 
	@touch $@

setup: $(STAMP)

start: setup
	@token=$$($(BIN)/python -c "import secrets; print(secrets.token_hex(24))"); \
	echo ""; \
	echo "  CAIRE is starting. Open this address in your browser:"; \
	echo "    http://$(HOST):$(PORT)/lab?token=$$token"; \
	echo "  Without code, the gallery: http://$(HOST):$(PORT)/voila/render/apps/fr/00-gallery.ipynb?token=$$token"; \
	echo "                    (English: http://$(HOST):$(PORT)/voila/render/apps/en/00-gallery.ipynb?token=$$token)"; \
	echo "  Stop with Ctrl+C."; \
	echo ""; \
	exec $(BIN)/jupyter lab --no-browser $(ROOT_FLAG) --ServerApp.ip=$(HOST) --ServerApp.port=$(PORT) \
	  --ServerApp.port_retries=0 --ServerApp.root_dir=$(CURDIR) --IdentityProvider.token=$$token

notebooks: setup
	$(BIN)/python -m caire.notebooks build

# The apps' page script (frontend/, docs in jupyter-data/voila/templates/caire/index.html.j2) is committed built,
# like the notebooks: learners, Binder and the hub need no Node.js. Rebuilding it, or checking that what is
# committed is what frontend/src builds, needs npm (the packages come from frontend/package-lock.json).
FRONTEND_STAMP := frontend/node_modules/.installed

$(FRONTEND_STAMP): frontend/package.json frontend/package-lock.json
	@command -v npm >/dev/null || { echo "npm is missing (Debian: apt-get install npm): it builds the apps' page script"; exit 1; }
	@echo "Installing the page script's packages (frontend/package-lock.json) into frontend/node_modules"
	@cd frontend && npm ci --no-audit --no-fund --loglevel=error >/dev/null
	@touch $@

frontend: $(FRONTEND_STAMP)
	cd frontend && node build.mjs

frontend-check:
	@if command -v npm >/dev/null; then $(MAKE) --no-print-directory $(FRONTEND_STAMP) && cd frontend && node build.mjs --check; \
	else echo "npm is missing: not checking that the apps' page script is what frontend/src builds"; fi

# Browser tests drive Debian's chromium; install it when missing and we are root, else they skip.
chromium:
	@if ! command -v chromium >/dev/null; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "Installing Debian's chromium for the browser tests"; \
	    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } \
	      || echo "Could not install chromium: the browser tests will be skipped"; \
	  else echo "chromium is missing (install it with: sudo apt-get install chromium): the browser tests will be skipped"; fi; \
	fi

# ruff is configured in pyproject.toml (course/ is linted, not formatted: see there why).
lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# The tests run on TEST_WORKERS processes (pytest-xdist), then those marked serial run alone (tests/conftest.py);
# both runs go to the end, and make test fails if either failed.
TEST_WORKERS ?= 2

# While you work: everything that needs no browser, hub, grader or notebook execution (the tests marked slow).
test-fast: setup lint
	$(BIN)/python -m caire.notebooks check
	$(BIN)/python -m pytest -q -m "not slow and not browser" --durations=5 -n $(TEST_WORKERS) --dist loadgroup

test: setup chromium frontend-check lint
	$(BIN)/python -m caire.notebooks check
	@status=0; \
	$(BIN)/python -m pytest -q -rs --durations=15 -n $(TEST_WORKERS) --dist loadgroup -m "not serial" || status=$$?; \
	echo "--- the tests that run alone"; \
	$(BIN)/python -m pytest -q -rs --durations=10 -m serial || status=$$?; \
	exit $$status

benchmark: setup
	$(BIN)/python benchmarks/modules.py

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info

# --- The course's JupyterHub on this machine (docs/hub.md) ----------------------------------------------
# hub-setup: configurable-http-proxy (npm) into hub/node_modules.
# hub (as root): the class's Python environment /opt/caire/venv (requirements.txt + requirements-hub.txt,
# built with a Python every account can run), lessons and config in /srv/caire, the exchange, the
# accounts of ROSTER, then JupyterHub on http://$(HOST):$(CAIRE_HUB_PORT). The grader (hub/grade.sh) uses .venv.
CHP_STAMP := hub/node_modules/.installed
ROSTER ?= hub/roster.example.csv
CAIRE_HUB_PORT ?= 8000
CAIRE_HUB_VENV ?= /opt/caire/venv
# JupyterLab's menus on the hub's servers: fr or en, for the whole course (hub/jupyterhub_config.py).
CAIRE_HUB_LANGUAGE ?= fr

.PHONY: hub hub-setup

$(CHP_STAMP): hub/package.json hub/package-lock.json
	@command -v npm >/dev/null || { echo "npm is missing (Debian: apt-get install npm): it installs configurable-http-proxy"; exit 1; }
	@echo "Installing configurable-http-proxy (hub/package.json) into hub/node_modules"
	@cd hub && npm ci --no-audit --no-fund --loglevel=error >/dev/null
	@hub/node_modules/.bin/configurable-http-proxy --version >/dev/null
	@touch $@

hub-setup: $(CHP_STAMP)

hub: setup hub-setup
	@[ "$$(id -u)" = 0 ] || { echo "make hub creates Unix accounts and runs servers as them: run it as root (sudo make hub)"; exit 1; }
	@CAIRE_HUB_VENV=$(CAIRE_HUB_VENV) hub/install-course.sh
	@hub/create-users.sh $(ROSTER)
	@echo ""
	@echo "  The CAIRE hub is starting: http://$(HOST):$(CAIRE_HUB_PORT)/  (accounts of $(ROSTER); stop with Ctrl+C)"
	@echo ""
	@CAIRE_HUB_VENV=$(CAIRE_HUB_VENV) CAIRE_HUB_IP=$(HOST) CAIRE_HUB_PORT=$(CAIRE_HUB_PORT) CAIRE_HUB_LANGUAGE=$(CAIRE_HUB_LANGUAGE) \
	  exec $(CAIRE_HUB_VENV)/bin/jupyterhub -f hub/jupyterhub_config.py
