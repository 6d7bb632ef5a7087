# hoinhap: `make demo` runs the main job on SQLite; `make test` runs the gates and the suite.
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
PG_TEST_URL ?= postgresql+psycopg://postgres@127.0.0.1:5432/test
export HOINHAP_TEST_DATABASE_URL ?= $(PG_TEST_URL)

.PHONY: install demo test check lint typecheck pytest bench postgres clean

$(STAMP): pyproject.toml
	test -d $(VENV) || python3 -m venv $(VENV)
	$(BIN)/pip install -qq --upgrade pip
	$(BIN)/pip install -qq -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

postgres:
	bash scripts/ensure-postgres.sh

demo: install
	$(BIN)/hoinhap demo

lint: install
	$(BIN)/ruff format --check hoinhap tests bench
	$(BIN)/ruff check hoinhap tests bench

typecheck: install
	$(BIN)/mypy hoinhap

check: lint typecheck

pytest: install postgres
	$(BIN)/pytest --cov=hoinhap --cov-report=term:skip-covered

test: check pytest

bench: install postgres
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .coverage hoinhap.db
