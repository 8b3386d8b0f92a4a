# Set-up and everyday commands. A fresh machine needs only python3 (3.11+) and make.
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup search test lint

setup: $(VENV)/.installed

# The pinned CPU build of PyTorch goes in first: a bare 'torch' requirement would pull CUDA.
$(VENV)/.installed: pyproject.toml constraints.txt
	python3 -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet torch==2.13.0
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[dev]"
	touch $@

search: setup
	$(BIN)/nas search experiments/digits.toml

test: setup
	$(BIN)/pytest

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
