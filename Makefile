# warmleads: `make demo` and `make test` work from a fresh clone (they set up .venv first).
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: default venv install demo test test-fast lint fmt bench bench-large eval faults clean

default: test lint

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# requirements.lock pins every package beneath the direct pins in pyproject.toml
$(STAMP): $(BIN)/python pyproject.toml requirements.lock
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements.lock -e ".[dev,dask]"
	touch $(STAMP)

venv: $(BIN)/python
install: $(STAMP)

demo: $(STAMP)
	$(BIN)/leads demo --dir demo-output

# on every core (pytest-xdist); the tests on the Prefect harness share one worker
EVERY_CORE := -n auto --dist loadgroup

test: $(STAMP)
	$(BIN)/pytest $(EVERY_CORE)

test-fast: $(STAMP)
	$(BIN)/pytest $(EVERY_CORE) -m "not flow and not network"

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy extractors warehouse flows leads evaluation notify faults benchmarks

fmt: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# not part of `make test`: 10k, 50k and 200k postings take many minutes on two cores
bench: $(STAMP)
	$(BIN)/python -m benchmarks --sizes 10000 50000 200000

bench-large: $(STAMP)
	$(BIN)/python -m benchmarks --sizes 10000 50000 200000 --large

# the readers and the ranking on ../shared/real-postings against evaluation/labels.jsonl
eval: $(STAMP)
	$(BIN)/python -m evaluation $(EVAL_ARGS)

# kill -9, hostile servers, import bombs, escapes, sql writes: about 9 minutes (CI: 5 kills)
faults: $(STAMP)
	$(BIN)/python -m faults $(FAULTS_ARGS)

clean:
	rm -rf $(VENV) demo-output .pytest_cache .mypy_cache .ruff_cache *.egg-info
