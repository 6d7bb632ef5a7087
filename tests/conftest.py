"""Shared fixtures: every database-touching test runs on SQLite and on PostgreSQL.

PostgreSQL comes from HOINHAP_TEST_DATABASE_URL (an admin URL; `make test` sets it to the
local server). Under CI=true it is required and a missing server fails the run;
elsewhere, without the variable, the PostgreSQL half is skipped with one line.
Each test gets a fresh database copied from a template prepared once per run.
"""

from __future__ import annotations

import io
import itertools
import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from hoinhap.db.engine import make_engine, make_sessionmaker
from hoinhap.registry.reference import prepare_database

CI_DEFAULT_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
SKIP_PG = (
    "PostgreSQL run skipped: set HOINHAP_TEST_DATABASE_URL (make test does) to run the "
    "suite on PostgreSQL too"
)


def _pg_admin_url() -> str | None:
    url = os.environ.get("HOINHAP_TEST_DATABASE_URL")
    if url:
        return url
    if os.environ.get("CI", "").lower() == "true":
        return CI_DEFAULT_PG
    return None


class PgDatabases:
    """Creates a prepared template database once, then one copy of it per test."""

    def __init__(self, admin_url: str) -> None:
        self.admin = make_engine(admin_url).execution_options(isolation_level="AUTOCOMMIT")
        self.prefix = f"hoinhap_t_{os.getpid()}_{uuid.uuid4().hex[:6]}"
        self.counter = itertools.count()
        self.template: str | None = None

    def url_for(self, name: str) -> str:
        return self.admin.url.set(database=name).render_as_string(hide_password=False)

    def create(self, *, prepared: bool) -> str:
        name = f"{self.prefix}_{next(self.counter)}"
        with self.admin.connect() as conn:
            if prepared:
                conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{self._template()}"'))
            else:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
        return self.url_for(name)

    def _template(self) -> str:
        if self.template is None:
            name = f"{self.prefix}_tmpl"
            with self.admin.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
            engine = make_engine(self.url_for(name))
            prepare_database(engine)
            engine.dispose()
            self.template = name
        return self.template

    def drop(self, url: str) -> None:
        name = make_url(url).database
        with self.admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

    def close(self) -> None:
        if self.template:
            self.drop(self.url_for(self.template))
        self.admin.dispose()


@pytest.fixture(scope="session")
def pg_databases() -> Iterator[PgDatabases | None]:
    admin_url = _pg_admin_url()
    if admin_url is None:
        yield None
        return
    databases = PgDatabases(admin_url)
    try:
        with databases.admin.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:
        pytest.fail(f"PostgreSQL at {admin_url} cannot be reached: {exc}", pytrace=False)
    yield databases
    databases.close()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.db"
    engine = make_engine(f"sqlite:///{path}")
    prepare_database(engine)
    engine.dispose()
    return path


def _database_url(
    kind: str, prepared: bool, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[str]:
    if kind == "sqlite":
        path = tmp_path / "test.db"
        if prepared:
            shutil.copy(request.getfixturevalue("sqlite_template"), path)
        yield f"sqlite:///{path}"
        return
    databases: PgDatabases | None = request.getfixturevalue("pg_databases")
    if databases is None:
        pytest.skip(SKIP_PG)
    url = databases.create(prepared=prepared)
    yield url
    databases.drop(url)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of a fresh, migrated database with reference data, on each backend."""
    yield from _database_url(request.param, True, tmp_path, request)


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of a fresh database with no tables, on each backend."""
    yield from _database_url(request.param, False, tmp_path, request)


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    engine = make_engine(db_url)
    yield engine
    engine.dispose()


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    """A session on a fresh database, acting as the user "tester"."""
    session = make_sessionmaker(engine)()
    session.info["actor"] = "tester"
    yield session
    session.rollback()
    session.close()


@dataclass
class CliResult:
    exit_code: int
    stdout: str
    stderr: str


CliRunner = Callable[..., CliResult]


@pytest.fixture
def cli(
    db_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> CliRunner:
    """Run `hoinhap ARGS...` in-process against the test database as user "tester"."""
    from hoinhap.cli import main

    monkeypatch.setenv("HOINHAP_DATABASE_URL", db_url)
    monkeypatch.setenv("HOINHAP_USER", "tester")
    monkeypatch.setenv("COLUMNS", "200")

    def run(*args: str, input: str | None = None) -> CliResult:
        capsys.readouterr()
        monkeypatch.setattr("sys.stdin", io.StringIO(input or ""))
        try:
            main(list(args))
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else int(exc.code is not None)
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run
