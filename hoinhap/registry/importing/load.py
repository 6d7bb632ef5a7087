"""Import one file of one kind: read, validate every row, then write all or nothing."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from hoinhap.errors import Conflict, UserError
from hoinhap.registry.importing.cells import Cells
from hoinhap.registry.importing.kinds import KINDS, find_kind
from hoinhap.registry.importing.lookups import Lookups
from hoinhap.registry.importing.readers import Table, read_table
from hoinhap.registry.importing.sources import read_source
from hoinhap.registry.importing.spec import SOURCE_COLUMNS, KindSpec, Record
from hoinhap.registry.importing.write import write_records

MAX_PROBLEMS = 50
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


class ImportProblems(UserError):
    """Rows that cannot be imported; nothing was written. `problems` lists every one."""

    def __init__(self, file: str, problems: list[str]) -> None:
        self.problems = problems
        shown = problems[:MAX_PROBLEMS]
        if len(problems) > MAX_PROBLEMS:
            shown.append(f"... and {len(problems) - MAX_PROBLEMS} more")
        if len(problems) == 1:
            message = problems[0]
        else:
            lines = "\n".join(f"  {line}" for line in shown)
            message = f"{file}: {len(problems)} problems, nothing was imported:\n{lines}"
        super().__init__(message)


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


def validate_rows(
    table: Table, spec: KindSpec, lookups: Lookups, progress: Callable[[int], None]
) -> tuple[list[Record], int]:
    """Every row as a record, duplicates merged; ImportProblems listing all problems."""
    problems = list(table.problems)
    records: list[Record] = []
    seen: dict[tuple[object, ...], Record] = {}
    duplicates = 0
    for count, (number, values) in enumerate(table.rows, start=1):
        cells = Cells(values, lookups)
        source = read_source(cells)
        read = spec.read_row(cells)
        problems += [f"{table.name} row {number}, column {c}: {m}" for c, m in cells.problems]
        if read is None or source is None or cells.problems:
            continue
        record = Record(number, read.values, read.identity, source, dict(read.children))
        earlier = seen.get(record.identity)
        if earlier is None:
            seen[record.identity] = record
            records.append(record)
        elif (earlier.values, earlier.children, earlier.source) == (
            record.values,
            record.children,
            record.source,
        ):
            duplicates += 1
        else:
            problems.append(
                f"{table.name} row {number}: repeats the {spec.label} of row {earlier.number} "
                "with different values"
            )
        if count % 1000 == 0:
            progress(1000)
    if problems:
        raise ImportProblems(table.name, problems)
    progress(len(table.rows) % 1000)
    return records, duplicates


def import_file(
    session: Session,
    path: Path,
    *,
    kind: str | None = None,
    progress: ProgressCallback | None = None,
) -> ImportReport:
    """Import the rows of one file of one kind, all or nothing.

    Every row is validated before anything is written; any problem raises ImportProblems
    (a UserError) listing them all, and nothing is written. Rows matching stored ones by
    key are updated when their values differ (the change is recorded in the history) and
    left alone otherwise, so importing the same file twice changes nothing. `progress` is
    called with (rows done, rows in all); a row is half done once validated.
    """
    table = read_table(path)
    spec = kind_for(path, table, kind)
    check_columns(table, spec)
    total = 2 * len(table.rows)
    done = 0

    def advance(steps: int) -> None:
        nonlocal done
        done += steps
        if progress is not None:
            progress(min(done, total) // 2, len(table.rows))

    lookups = Lookups(session)
    records, duplicates = validate_rows(table, spec, lookups, advance)
    try:
        if spec.writer is not None:
            created, updated, unchanged = spec.writer(session, lookups, records)
        else:
            created, updated, unchanged = write_records(session, spec, records, advance)
    except IntegrityError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise Conflict(f"{table.name}: the database refused the rows ({reason})") from exc
    advance(total - done)
    return ImportReport(
        table.name, spec.name, len(table.rows), created, updated, unchanged, duplicates
    )
