"""Insert many rows at once, the fastest way each database offers.

PostgreSQL gets COPY (psycopg's `Cursor.copy`), SQLite one `executemany` on the driver with
values converted by the column types; any other database SQLAlchemy's executemany. Row ids
are taken beforehand (`allocate_ids`), so no RETURNING is needed to learn them. Both run in
the session's transaction. Python-side column defaults are applied here, as SQLAlchemy
would for an INSERT that leaves those columns out.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from operator import itemgetter
from typing import Any, cast

import psycopg
from psycopg import sql
from sqlalchemy import (
    JSON,
    ColumnDefault,
    ColumnElement,
    Connection,
    Table,
    any_,
    bindparam,
    func,
    insert,
    select,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

Values = dict[str, Any]
Row = tuple[Any, ...]
BATCH = 1000  # rows per executemany where rows cannot be streamed
Convert = Callable[[Any], Any]


class JsonText(str):
    """A value for a JSON column that is already JSON text: written as it is."""


def allocate_ids(session: Session, table: Table, count: int) -> list[int] | None:
    """`count` new ids for `table`, or None where the database cannot give them up front.

    PostgreSQL draws them from the column's sequence. SQLite numbers new rows after the
    highest id, as it would itself: the maximum is read inside the import's transaction,
    and SQLite refuses a write from a transaction that another writer has overtaken.
    """
    if count == 0:
        return []
    name = session.get_bind().dialect.name
    if name == "postgresql":
        sequence = func.pg_get_serial_sequence(table.name, "id")
        draw = select(func.nextval(sequence)).select_from(func.generate_series(1, count))
        return list(session.scalars(draw))
    if name == "sqlite":
        highest = session.scalar(select(func.max(table.c.id))) or 0
        return list(range(highest + 1, highest + count + 1))
    return None


def any_of(session: Session, column: Any, values: list[Any]) -> list[ColumnElement[bool]]:
    """Conditions that together select the rows whose `column` is one of `values`.

    PostgreSQL takes the values as one array; elsewhere they go in IN lists of 500.
    """
    if session.get_bind().dialect.name == "postgresql":
        array = bindparam("values", values, type_=ARRAY(column.type))
        return [column == any_(array)] if values else []
    return [column.in_(values[start : start + 500]) for start in range(0, len(values), 500)]


def insert_rows(session: Session, table: Table, rows: Sequence[Values]) -> None:
    """Insert `rows` (dicts with the same keys) into `table`."""
    if not rows:
        return
    connection = session.connection()
    defaults = column_defaults(table, rows[0])
    columns = [*rows[0], *defaults]
    pick = itemgetter(*rows[0]) if len(rows[0]) > 1 else lambda row: (*row.values(),)
    extra = tuple(defaults.values())
    if connection.dialect.name == "postgresql":
        _copy(connection, table, columns, ((*pick(row), *extra) for row in rows))
    elif connection.dialect.name == "sqlite":
        for start in range(0, len(rows), BATCH):
            values = [(*pick(row), *extra) for row in rows[start : start + BATCH]]
            _executemany(connection, table, columns, values)
    else:
        session.execute(insert(table), [row | defaults for row in rows])


def column_defaults(table: Table, given: Values) -> Values:
    """The Python-side defaults of the columns `given` leaves out."""
    found: Values = {}
    for column in table.c:
        default = column.default
        if column.key in given or not isinstance(default, ColumnDefault):
            continue
        if default.is_callable:
            found[column.key] = default.arg(None)
        elif default.is_scalar:
            found[column.key] = default.arg
    return found


def _json_text(value: Any) -> Any:
    return value if value is None or type(value) is JsonText else json.dumps(value)


def _copy(connection: Connection, table: Table, columns: list[str], rows: Iterable[Row]) -> None:
    raw = cast(psycopg.Connection[Any], connection.connection.dbapi_connection)
    statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
        sql.Identifier(table.name), sql.SQL(", ").join(sql.Identifier(c) for c in columns)
    )
    converters = {i: _json_text for i, c in enumerate(columns) if isinstance(table.c[c].type, JSON)}
    try:
        with raw.cursor() as cursor, cursor.copy(statement) as copy:
            for row in _converted(rows, converters):
                copy.write_row(row)
    except psycopg.Error as exc:  # as SQLAlchemy raises it for its own statements
        text = statement.as_string(raw)
        raise DBAPIError.instance(text, None, exc, psycopg.Error) from exc


def _executemany(connection: Connection, table: Table, columns: list[str], rows: list[Row]) -> None:
    dialect = connection.dialect
    quote = dialect.identifier_preparer.quote
    statement = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(c) for c in columns)}) "
        f"VALUES ({', '.join('?' for _ in columns)})"
    )
    converters: dict[int, Convert] = {}
    for index, column in enumerate(columns):
        convert = table.c[column].type.dialect_impl(dialect).bind_processor(dialect)
        if convert is not None:
            is_json = isinstance(table.c[column].type, JSON)
            converters[index] = _skip_json_text(convert) if is_json else _remembered(convert)
    connection.exec_driver_sql(statement, list(_converted(rows, converters)))


def _converted(rows: Iterable[Row], converters: Mapping[int, Convert]) -> Iterator[Row]:
    """The rows with the values of some columns converted (None stays None)."""
    if not converters:
        yield from rows
        return
    pairs = list(converters.items())
    for row in rows:
        values = list(row)
        for index, convert in pairs:
            if values[index] is not None:
                values[index] = convert(values[index])
        yield tuple(values)


def _remembered(convert: Convert) -> Convert:
    """`convert` with its results kept: dates and moments repeat from row to row."""
    memo: dict[Any, Any] = {}

    def converted(value: Any) -> Any:
        found = memo.get(value, memo)
        if found is memo:
            found = memo[value] = convert(value)
        return found

    return converted


def _skip_json_text(convert: Convert) -> Convert:
    return lambda value: value if type(value) is JsonText else convert(value)
