"""Import one file of one kind, all or nothing, reading and writing it chunk by chunk.

Rows are read, checked and written in chunks inside one savepoint of the caller's
transaction. After the first problem nothing more is written but every row is still
checked; at the end any problem rolls the savepoint back, so nothing stays written.
Memory holds one chunk of rows and the identities of the rows seen, never the whole file.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from hoinhap.errors import Conflict, UserError
from hoinhap.registry.importing.kinds import KINDS, find_kind
from hoinhap.registry.importing.lookups import Lookups
from hoinhap.registry.importing.problems import ImportProblems
from hoinhap.registry.importing.readers import Row, Table, open_table
from hoinhap.registry.importing.spec import SOURCE_COLUMNS, KindSpec, Record
from hoinhap.registry.importing.validation import Validator
from hoinhap.registry.importing.write import RecordWriter

CHUNK = 2000
ProgressCallback = Callable[[int, int], None]


@dataclass
class ImportReport:
    """What an import did. `duplicates` counts rows repeating an earlier row of the file."""

    file: str
    kind: str
    rows: int
    created: int
    updated: int
    unchanged: int
    duplicates: int = 0

    def summary(self) -> str:
        """One line: "partnerships.csv: 12 rows, 10 created, 2 unchanged"."""
        parts = [f"{self.rows} rows"]
        for label, count in (
            ("created", self.created),
            ("updated", self.updated),
            ("unchanged", self.unchanged),
            ("duplicate rows merged", self.duplicates),
        ):
            if count:
                parts.append(f"{count} {label}")
        return f"{self.file}: {', '.join(parts)}"


def kind_for(path: Path, table: Table, kind: str | None) -> KindSpec:
    """The kind named by --kind, else by the JSON file, else by the file name."""
    for named in (kind, table.kind):
        if named:
            return find_kind(named)
    words = re.split(r"[^a-z]+", path.stem.lower())
    for size in (1, 2):
        candidate = "".join(words[-size:]) if size == 1 else "_".join(words[-size:])
        if candidate in KINDS:
            return KINDS[candidate]
    raise UserError(
        f"{path.name}: cannot tell what the file holds; name it after its kind "
        f"(e.g. partnerships.csv) or give --kind ({', '.join(KINDS)})"
    )


def check_columns(table: Table, spec: KindSpec) -> None:
    """UserError naming every missing required column and every unknown column."""
    known = set(spec.columns) | set(SOURCE_COLUMNS)
    problems = [
        f"{table.name}: missing column {c!r}" for c in spec.required if c not in table.header
    ]
    if "source_url" not in table.header and "source_title" not in table.header:
        problems.append(f"{table.name}: missing column 'source_url' (or 'source_title')")
    problems += [
        f"{table.name}: unknown column {c!r} (a {spec.label} has: {', '.join(spec.columns)})"
        for c in table.header
        if c not in known
    ]
    if problems:
        raise ImportProblems(table.name, problems)


def batches(rows: Iterator[Row], size: int) -> Iterator[list[Row]]:
    while batch := list(islice(rows, size)):
        yield batch


@contextmanager
def savepoint(session: Session) -> Iterator[None]:
    """A savepoint in the caller's transaction, rolled back on any error.

    SQLite's Python driver opens a transaction only when it first writes; a savepoint
    taken before that would itself be the transaction, committed when released.
    """
    connection = session.connection()
    driver = connection.connection.dbapi_connection
    if isinstance(driver, sqlite3.Connection) and not driver.in_transaction:
        connection.exec_driver_sql("BEGIN")
    with session.begin_nested():
        yield


class Importer:
    """One file's import: rows checked chunk by chunk and written while none failed."""

    def __init__(self, session: Session, table: Table, spec: KindSpec) -> None:
        self.session = session
        self.table = table
        self.spec = spec
        self.lookups = Lookups(session)
        self.validator = Validator(table.name, spec, self.lookups)
        self.writer = RecordWriter(session, spec)
        self.counts = [0, 0, 0]

    @property
    def failed(self) -> bool:
        return bool(self.table.problems or self.validator.problems)

    def run(self, progress: ProgressCallback | None) -> ImportReport:
        for rows in batches(self.table.rows, CHUNK):
            records = self.validator.check(rows)
            del rows  # the records are all a chunk needs from here on
            if not self.failed:
                self.write(records)
            if progress is not None:
                done = self.validator.rows
                progress(done, max(done, self.table.size))
        if self.failed:
            raise ImportProblems.found(
                self.table.name, self.table.problems, self.validator.problems
            )
        if progress is not None:
            progress(self.validator.rows, self.validator.rows)
        created, updated, unchanged = self.counts
        return ImportReport(
            self.table.name,
            self.spec.name,
            self.validator.rows,
            created,
            updated,
            unchanged,
            self.validator.duplicates,
        )

    def write(self, records: list[Record]) -> None:
        """Write one chunk's records; count what was created, updated and left alone."""
        if self.spec.writer is None:
            counts = self.writer.write(records)
        else:
            counts = self.spec.writer(self.session, self.lookups, records)
        self.counts = [total + count for total, count in zip(self.counts, counts, strict=True)]


def import_file(
    session: Session,
    path: Path,
    *,
    kind: str | None = None,
    progress: ProgressCallback | None = None,
) -> ImportReport:
    """Import the rows of one file of one kind, all or nothing.

    Every row is checked; any problem raises ImportProblems (a UserError) listing them
    (the first 50, and how many more) and nothing stays written. Rows matching stored ones
    by key are updated when their values differ (the change is recorded in the history)
    and left alone otherwise, so importing the same file twice changes nothing.
    `progress` is called with (rows done, rows in all) after each chunk; the total is
    estimated from the file until the last call.
    """
    with open_table(path) as table:
        spec = kind_for(path, table, kind)
        check_columns(table, spec)
        try:
            with savepoint(session):
                return Importer(session, table, spec).run(progress)
        except IntegrityError as exc:
            reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
            raise Conflict(f"{table.name}: the database refused the rows ({reason})") from exc
