# Two commands do all the set-up on a fresh machine (Python 3.11 with venv):
#   make release   installs everything into .venv and builds a release from seeds/ into outputs/
#   make test      installs everything (with the test tools) into .venv and runs the tests
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export PREFECT_HOME ?= $(CURDIR)/.prefect

.PHONY: install release test lint bench lock clean

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

install: $(STAMP)

release: $(STAMP)
	$(BIN)/sayasat build --input seeds --output outputs

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check .

lock:
	{ head -3 requirements.lock; $(BIN)/pip freeze --exclude-editable | sort -f; } > requirements.lock.new
	mv requirements.lock.new requirements.lock

clean:
	rm -rf $(VENV) .prefect .pytest_cache

bench: $(STAMP)
	$(BIN)/sayasat bench --sizes 2000 10000
