# taizhang: two commands on a fresh machine.
#   make demo   builds .venv, loads the Jiangmen example, and runs the demo
#   make test   builds .venv with the test tools and runs the whole suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: demo test lint bench venv clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# The stamp files make a second `make` skip the install when pyproject.toml has not changed.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed

venv: $(VENV)/.installed

demo: $(VENV)/.installed
	$(BIN)/taizhang demo

test: $(VENV)/.installed-test $(if $(filter true,$(CI)),browser)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy --strict src/taizhang/extract src/taizhang/track
	$(BIN)/pytest

bench: $(VENV)/.installed-test
	$(BIN)/python bench/extract_speed.py

# Debian's Chromium and CJK fonts (without fonts-noto-cjk every Chinese character is a box in a
# headless screenshot) for the browser tests; Playwright only drives /usr/bin/chromium, never
# `playwright install`. Installs whichever of the two is missing.
.PHONY: browser
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
browser:
	@(test -x /usr/bin/chromium && dpkg -s fonts-noto-cjk >/dev/null 2>&1) || ($(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium fonts-noto-cjk)

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
