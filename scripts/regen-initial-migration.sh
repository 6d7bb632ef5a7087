#!/usr/bin/env bash
# Before the first release only: rewrite migration 0001 from hoinhap/db/schema.py.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
rm -f hoinhap/db/migrations/versions/0001_*.py
.venv/bin/python - "$tmp/gen.db" <<'PY'
import sys
from alembic import command
from hoinhap.db.engine import make_engine
from hoinhap.db.migrate import alembic_config
engine = make_engine(f"sqlite:///{sys.argv[1]}")
command.revision(alembic_config(engine), message="initial registry", autogenerate=True, rev_id="0001")
PY
.venv/bin/ruff format hoinhap/db/migrations >/dev/null
.venv/bin/ruff check --fix -q hoinhap/db/migrations || true
rm -rf "$tmp"
