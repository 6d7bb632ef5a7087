"""What every command gets: the settings and, made on first use, the engine."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from hoinhap.db.engine import make_engine, transaction
from hoinhap.db.migrate import current_revision, head_revision
from hoinhap.errors import UserError
from hoinhap.registry.reference import prepare_database
from hoinhap.settings import Settings


class AppContext:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    @cached_property
    def engine(self) -> Engine:
        return make_engine(self.settings.database_url)

    def ready_engine(self) -> Engine:
        """The engine of a database at the newest schema, with reference data loaded.

        A new SQLite file is created and prepared on first use; an existing database at an
        older revision must be upgraded with `hoinhap db upgrade`.
        """
        from sqlalchemy.exc import DBAPIError

        from hoinhap.db.engine import unavailable

        engine = self.engine
        try:
            revision = current_revision(engine)
        except DBAPIError as exc:
            raise unavailable(engine, exc) from exc
        if revision is None:
            prepare_database(engine)
        elif revision != head_revision(engine):
            raise UserError(
                f"The database is at revision {revision}; run `hoinhap db upgrade` first"
            )
        return engine

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A transaction on the ready database, committed whole or not at all."""
        with transaction(self.ready_engine(), self.settings.user) as session:
            yield session
