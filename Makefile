# The two commands of the README. Each builds its own virtual environment (.venv) from the
# pinned constraints, so they work on a fresh machine with only Python >= 3.11 and make.
# Looked up once; a pyenv shim for a version that is not active fails quietly and is skipped.
ifndef PYTHON
PYTHON := $(shell for p in python3.13 python3.12 python3.11 python3; do \
	command -v $$p >/dev/null 2>&1 \
	&& $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1 \
	&& { echo $$p; break; }; done)
endif
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install lint bench bench-throughput clean

demo: $(STAMP)
	$(BIN)/veille demo

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/pytest

install: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	@test -n "$(PYTHON)" || { echo "Python >= 3.11 is required (set PYTHON=...)"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test,tansu,bench]'
	touch $(STAMP)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

bench: $(STAMP)
	$(BIN)/python benchmarks/enrichment.py

# Five stacks on the same job and data (issue 7); about 10 minutes on 2 cores.
bench-throughput: $(STAMP)
	$(BIN)/python benchmarks/throughput.py --broker-kind tansu

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
