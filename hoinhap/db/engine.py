"""Engines and sessions for SQLite (the embedded default) and PostgreSQL."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, create_engine, event, insert
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.sql.dml import Insert

from hoinhap.errors import DatabaseUnavailable, UserError


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str) -> Engine:
    """An engine for `url`; plain `postgresql://` URLs use psycopg 3."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise UserError(f"Database URL {url!r} is not a valid SQLAlchemy URL") from exc
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    try:
        engine = create_engine(parsed, pool_pre_ping=parsed.get_backend_name() != "sqlite")
    except NoSuchModuleError as exc:
        raise UserError(f"Database URL {url!r} names an unsupported database") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def describe_url(engine: Engine) -> str:
    """The engine's URL with any password hidden, for messages."""
    return engine.url.render_as_string(hide_password=True)


def unavailable(engine: Engine, exc: DBAPIError) -> DatabaseUnavailable:
    """A one-line error for a database that cannot be reached or used."""
    reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
    return DatabaseUnavailable(f"Cannot use the database {describe_url(engine)}: {reason}")


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def transaction(engine: Engine, actor: str) -> Iterator[Session]:
    """A session whose work is committed as a whole on success and rolled back on any error.

    `actor` is recorded in the history of every change made in it.
    """
    session = make_sessionmaker(engine)()
    session.info["actor"] = actor
    try:
        yield session
        session.commit()
    except DBAPIError as exc:
        session.rollback()
        if exc.connection_invalidated or isinstance(exc.orig, sqlite3.OperationalError):
            raise unavailable(engine, exc) from exc
        raise
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def dialect_insert(session: Session, table: Any) -> Insert:
    """The dialect's own INSERT (with on_conflict_do_nothing) for SQLite or PostgreSQL."""
    name = session.get_bind().dialect.name
    if name == "postgresql":
        return postgresql.insert(table)
    if name == "sqlite":
        return sqlite.insert(table)
    return insert(table)
