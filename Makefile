# Set-up and everyday commands. A fresh machine needs only python3 (3.11+) and make.
VENV := .venv
BIN := $(VENV)/bin

FASHION := /usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz

.PHONY: setup setup-dev fashion-mnist search search-digits test test-quick lint docs docs-serve

setup: $(VENV)/.installed
setup-dev: $(VENV)/.installed-dev

# PyTorch's build, chosen here on purpose: TORCH=cpu (the default) takes PyTorch's CPU wheel
# from its own index (about 200 MB); TORCH=cuda takes PyPI's Linux build, which brings CUDA
# (several GB of NVIDIA packages). A bare 'torch' requirement would resolve the CUDA build.
TORCH ?= cpu
TORCH_INDEX_cpu := --index-url https://download.pytorch.org/whl/cpu
TORCH_INDEX_cuda :=
ifeq ($(filter $(TORCH),cpu cuda),)
$(error TORCH must be cpu or cuda, not '$(TORCH)')
endif

# PyTorch goes in first, without its dependencies from that index (PyPI provides those next)
$(VENV)/.installed: pyproject.toml constraints.txt
	python3 -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --no-deps $(TORCH_INDEX_$(TORCH)) torch==2.13.0
	$(BIN)/python -m pip install --quiet -c constraints.txt -e .
	touch $@

# what the tests and linters need on top (pytest, hypothesis, ruff, mypy, selenium, nvidia-ml-py)
$(VENV)/.installed-dev: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[dev]"
	touch $@

# Debian's dataset-fashion-mnist package: installed here when running as root
fashion-mnist:
	@test -f $(FASHION) || [ -n "$$NAS_FASHION_MNIST_DIR" ] || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq dataset-fashion-mnist; \
	  else echo "Fashion-MNIST is missing: run 'sudo apt-get install dataset-fashion-mnist'"; exit 2; fi; }

# a budget of one watt-hour (3.6 kJ): about what 20 trials of the search without an accurate
# end spent on 2 cores, so the first search keeps its length while the default spends the last
# quarter on the accurate end (docs/how-to/budgets.md)
search: setup fashion-mnist
	$(BIN)/nas search experiments/fashion.toml --budget 1Wh

search-digits: setup
	$(BIN)/nas search experiments/digits.toml

test: setup-dev
	$(BIN)/pytest

# the quick core while working (about 2 minutes on 2 cores): every test not marked slow; CI and
# make test run them all
test-quick: setup-dev
	$(BIN)/pytest -m "not slow"

lint: setup-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# the documentation site, its reference pages generated from the code: site/index.html (its
# pages open as files; the search box needs a web server: make docs-serve)
docs: setup-dev
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict

# the site at http://127.0.0.1:8000, rebuilt as its sources change
docs-serve: setup-dev
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs serve --strict --dev-addr 127.0.0.1:8000
