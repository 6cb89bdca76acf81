# xorgui: the two commands a learner needs are
#
#     make run     # open the app
#     make test    # run the whole test suite (GUI tests run on a virtual display)
#
# Both set everything up the first time they run:
#   1. Debian packages that Qt and Xvfb need (installed only when missing),
#   2. a virtual environment in .venv,
#   3. this project installed into it (editable, with the test tools), with
#      torch pinned to the CPU build by constraints.txt,
#   4. the dependencies' wheels in .wheelhouse, for the clean-install test.
# Later runs skip what is already done; step 3 runs again only when
# pyproject.toml or constraints.txt changed.

SHELL := /bin/bash
.DEFAULT_GOAL := help

# Python used to create .venv: python3.11 when present, else python3.
PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3 2>/dev/null)

VENV  := .venv
VPY   := $(VENV)/bin/python
STAMP := $(VENV)/.xorgui-installed
# The pinned wheels of xorgui's dependencies, for the test that installs the
# built wheel into a fresh environment offline (tests/test_clean_install.py).
WHEELHOUSE := .wheelhouse
WHEELHOUSE_STAMP := $(WHEELHOUSE)/.complete
RUNTIME_DEPS := torch numpy PySide6-Essentials pyqtgraph PyOpenGL pillow imageio imageio-ffmpeg

# Extra arguments: `make test PYTEST_ARGS="-k sweep"`, `make run ARGS="train"`.
PYTEST_ARGS ?=
ARGS ?=

# Set SYSDEPS=0 to skip the Debian package check (e.g. on another distribution).
SYSDEPS ?= 1

# Debian (bookworm) packages that Qt's xcb platform plugin, OpenGL views and
# the Xvfb virtual display need; fonts-noto-cjk draws the Japanese interface;
# xdotool lets the tests move the X pointer.
SYS_PKGS := xvfb xauth \
	libgl1-mesa-dri libegl1 libgl1 libglx-mesa0 \
	libxkbcommon-x11-0 libxkbcommon0 \
	libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 \
	libxcb-render-util0 libxcb-xinerama0 libxcb-randr0 libxcb-shape0 \
	libxcb-xfixes0 libxcb-xkb1 libxcb-shm0 libxcb-sync1 libxcb-render0 \
	libxcb1 libx11-xcb1 \
	libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0 fonts-dejavu-core \
	fonts-noto-cjk \
	x11-utils xdotool

# Xvfb screen for `make run-xvfb` (same as the tests' one, see pyproject.toml).
XVFB_SERVER_ARGS := -screen 0 1600x1000x24 -ac +extension GLX +render

.PHONY: help setup sysdeps run run-xvfb test lint bench translations clean distclean

help:  # list the targets
	@echo "make run        open the xorgui window"
	@echo "make test       run the whole test suite (starts Xvfb by itself)"
	@echo "make run-xvfb   run the app on a virtual display (no screen needed)"
	@echo "make lint       ruff check, ruff format --check, lint-imports (layers), mypy"
	@echo "make bench      headless benchmark: python main.py bench"
	@echo "make translations  collect the tr() strings into resources/i18n/*.ts, compile .qm"
	@echo "make setup      only do the set-up (system packages, .venv, install)"
	@echo "make clean      remove caches and build outputs (keeps .venv)"
	@echo "make distclean  clean, and remove .venv too"

# ---------------------------------------------------------------- the commands

run: $(STAMP)  # open the app (it explains what to do when there is no display)
	$(VPY) main.py $(ARGS)

run-xvfb: $(STAMP)  # the app on a virtual X display, e.g. on a headless machine
	xvfb-run -a -s "$(XVFB_SERVER_ARGS)" $(VPY) main.py $(ARGS)

test: $(STAMP) $(WHEELHOUSE_STAMP)  # pytest-xvfb starts Xvfb; settings in pyproject.toml
	$(VPY) -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(VPY) -m ruff check .
	$(VPY) -m ruff format --check .
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy

bench: $(STAMP)  # the figures, then the benchmarks' own runs checked
	$(VPY) main.py bench
	$(VPY) -m pytest -m bench tests/cli/test_cli_bench.py

setup: $(STAMP) $(WHEELHOUSE_STAMP)

# The window's strings: lupdate collects every tr()/translate() string of the
# package into each .ts (new ones untranslated, gone ones dropped; no line
# numbers, so the files change only when a string does); translate the new
# ones (pyside6-linguist, or by hand), then run this again: lrelease compiles
# the .qm files the app loads (committed; a test checks they are current).
TS_FILES := $(wildcard resources/i18n/xorgui_*.ts)

translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -locations none -no-obsolete -source-language en \
	  $$(find xorgui -name '*.py' | sort) -ts $(TS_FILES)
	for ts in $(TS_FILES); do $(VENV)/bin/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm; done

# ------------------------------------------------------------------ the set-up

# 1. System packages. One dpkg-query call tells which are missing, so this is
#    cheap when nothing is. As root, missing ones are installed with apt-get;
#    otherwise the exact command to run is printed and make stops.
#    python3-venv is added when the chosen Python cannot create a venv
#    (Debian's own python3 ships venv's ensurepip separately).
sysdeps:
	@if [ "$(SYSDEPS)" = 0 ]; then exit 0; fi; \
	if ! command -v dpkg-query >/dev/null 2>&1; then \
	  echo "note: no dpkg here; make sure Xvfb and Qt's X11 (xcb) libraries are installed."; \
	  exit 0; \
	fi; \
	pkgs="$(SYS_PKGS)"; \
	if [ -n "$(PYTHON)" ] && [ ! -x "$(VPY)" ] && ! "$(PYTHON)" -c 'import ensurepip' 2>/dev/null; then \
	  pkgs="$$pkgs python3-venv"; \
	fi; \
	installed=$$(dpkg-query -W -f='$${Package} $${db:Status-Abbrev}\n' $$pkgs 2>/dev/null \
	             | awk '$$2 == "ii" { print $$1 }'); \
	missing=$$(for p in $$pkgs; do grep -qxF "$$p" <<<"$$installed" || echo "$$p"; done | xargs); \
	if [ -z "$$missing" ]; then exit 0; fi; \
	cmd="apt-get install -y --no-install-recommends $$missing"; \
	if [ "$$(id -u)" != 0 ]; then \
	  echo "Missing system packages: $$missing"; \
	  echo "Install them with:"; \
	  echo "    sudo apt-get update && sudo $$cmd"; \
	  echo "then run make again."; \
	  exit 1; \
	fi; \
	echo "Installing system packages: $$missing"; \
	export DEBIAN_FRONTEND=noninteractive; \
	apt-get update && $$cmd

# 2. The virtual environment.
$(VPY): | sysdeps
	@if [ -z "$(PYTHON)" ]; then echo "error: no python3.11 or python3 found" >&2; exit 1; fi
	$(PYTHON) -m venv $(VENV)

# 3. The project and its dependencies, re-installed when these files change.
$(STAMP): pyproject.toml constraints.txt | $(VPY) sysdeps
	$(VPY) -m pip install -c constraints.txt -e '.[test]'
	@touch $@

# 4. The dependencies' wheels, pinned by constraints.txt (torch's CPU wheel
#    comes from pip's cache or find-links like the install's), fetched once.
$(WHEELHOUSE_STAMP): pyproject.toml constraints.txt | $(VPY)
	$(VPY) -m pip download --only-binary=:all: -c constraints.txt -d $(WHEELHOUSE) $(RUNTIME_DEPS)
	@touch $@

# ------------------------------------------------------------------- cleaning

clean:
	rm -rf build dist *.egg-info .pytest_cache .ruff_cache .hypothesis .import_linter_cache .mypy_cache
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -prune -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV) $(WHEELHOUSE)
