"""Scratch databases for the benchmarks: a fresh SQLite file or a PostgreSQL database."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import make_url

from hoinhap.db.engine import make_engine

DEFAULT_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


@dataclass(frozen=True)
class Backend:
    """A database kind to measure: its name and, for PostgreSQL, the admin URL."""

    name: str
    admin_url: str | None = None


def pg_admin_url() -> str:
    """The PostgreSQL server the bench uses (HOINHAP_TEST_DATABASE_URL, else the local one)."""
    return os.environ.get("HOINHAP_TEST_DATABASE_URL") or DEFAULT_PG


def pg_reachable(admin_url: str) -> str | None:
    """None when the server answers, else the reason in one line."""
    engine = make_engine(admin_url)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:
        return str(exc).strip().splitlines()[0]
    finally:
        engine.dispose()
    return None


def backends(*, with_postgres: bool = True) -> tuple[list[Backend], list[str]]:
    """The backends to measure and notes on any left out."""
    found = [Backend("sqlite")]
    notes: list[str] = []
    if with_postgres:
        admin = pg_admin_url()
        reason = pg_reachable(admin)
        if reason is None:
            found.append(Backend("postgresql", admin))
        else:
            notes.append(f"PostgreSQL left out: {reason}")
    return found, notes


@contextmanager
def scratch_url(backend: Backend, label: str) -> Iterator[str]:
    """The URL of a new, empty database, removed afterwards."""
    if backend.admin_url is None:
        folder = Path(tempfile.mkdtemp(prefix=f"hoinhap_bench_{label}_"))
        try:
            yield f"sqlite:///{folder / 'bench.db'}"
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        return
    name = f"hoinhap_bench_{os.getpid()}_{label}"
    admin = make_engine(backend.admin_url).execution_options(isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        yield make_url(backend.admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
