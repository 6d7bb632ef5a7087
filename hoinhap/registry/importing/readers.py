"""Read a CSV, XLSX or JSON file as a header and a stream of rows, or fail with one line.

Row numbers are those a spreadsheet user sees: the header is row 1, the first data row is
row 2. In a JSON file, rows are numbered from 1 in the order of the `rows` list.

Rows are read as the import uses them, so a large CSV or XLSX file is never held in memory
whole (a JSON file is parsed whole: its rows are one document). Problems found while
reading a row (more cells than the header has columns) go to `Table.problems`.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import json
import zipfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import IO, Any

from hoinhap.errors import UserError
from hoinhap.registry.importing.problems import Problems

Cell = str | int | float | dt.date | None
Row = tuple[int, dict[str, Cell]]
FORMATS = {".csv": "csv", ".xlsx": "xlsx", ".json": "json"}
BLOCK = 1 << 20
HEAD = 1 << 16


@dataclass
class Table:
    """What a file holds: its column names and its rows, each with its row number.

    `rows` is read once, as it is iterated; `size` is how many rows the file seems to hold
    (for progress: blank and multi-line rows make the count of a CSV file approximate).
    """

    name: str
    header: list[str]
    rows: Iterator[Row]
    kind: str | None = None
    problems: Problems = field(default_factory=Problems)
    size: int = 0


def file_format(path: Path) -> str:
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise UserError(f"{path.name}: not a CSV, XLSX or JSON file (name it .csv, .xlsx or .json)")
    return fmt


@contextmanager
def open_table(path: Path) -> Iterator[Table]:
    """The table in the file at `path`; UserError for a missing, empty or unreadable file.

    The file stays open while the block runs, and its rows are read as they are used.
    """
    fmt = file_format(path)
    if not path.is_file():
        raise UserError(f"No such file: {path}")
    with path.open("rb") as handle:
        if _is_blank(handle):
            raise UserError(f"{path.name} is empty")
        if fmt == "xlsx":
            with _open_xlsx(path.name, handle) as table:
                yield table
        elif fmt == "json":
            yield _read_json(path.name, _decode(path.name, handle.read()))
        else:
            with _open_csv(path.name, handle) as table:
                yield table


def _is_blank(handle: IO[bytes]) -> bool:
    for block in iter(partial(handle.read, BLOCK), b""):
        if block.strip():
            handle.seek(0)
            return False
    return True


def _check_text(name: str, head: bytes) -> None:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UserError(f"{name} is UTF-16 text; save it as UTF-8 (in Excel: CSV UTF-8)")
    if b"\x00" in head[:4096]:
        raise UserError(f"{name} holds binary data, not text")


def _not_utf8(name: str, line: int, byte: int) -> UserError:
    return UserError(
        f"{name} is not UTF-8 text (line {line} has byte 0x{byte:02x}); "
        "save it as UTF-8 (in Excel: CSV UTF-8)"
    )


def _decode(name: str, data: bytes) -> str:
    _check_text(name, data)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise _not_utf8(name, line, data[exc.start]) from exc


def _count_lines(name: str, handle: IO[bytes]) -> int:
    """The lines of the file, read block by block; UserError at a byte that is not UTF-8."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    lines = 0
    last = b"\n"
    try:
        for block in iter(partial(handle.read, BLOCK), b""):
            decoder.decode(block)
            lines += block.count(b"\n")
            last = block[-1:]
        decoder.decode(b"", final=True)
    except UnicodeDecodeError as exc:
        # exc.object is the undecoded tail of earlier blocks (no line break) and the block
        line = lines + exc.object[: exc.start].count(b"\n") + 1
        raise _not_utf8(name, line, exc.object[exc.start]) from exc
    finally:
        handle.seek(0)
    return lines + (last != b"\n")


def _clean(value: Any) -> Cell:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    if isinstance(value, dt.datetime):
        return value.date() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int | float | dt.date) or value is None:
        return value
    if isinstance(value, list):
        return "; ".join(str(v) for v in value) or None
    return str(value)


def _header(name: str, cells: list[Any]) -> list[str]:
    header = [str(c).strip().lower() if c is not None else "" for c in cells]
    while header and not header[-1]:
        header.pop()
    if not any(header):
        raise UserError(f"{name} has no header row")
    seen: set[str] = set()
    for column in header:
        if column in seen and column:
            raise UserError(f"{name}: column {column!r} appears twice")
        seen.add(column)
    return header


def _table(name: str, rows: Iterator[list[Any]], first_row: int, size: int) -> Table:
    """The table whose first row is the header; rows are numbered from `first_row`."""
    header = next(rows, None)
    if header is None:
        raise UserError(f"{name} is empty")
    columns = _header(name, header)
    table = Table(name, [c for c in columns if c], iter(()), size=max(size, 0))
    table.rows = _rows(name, rows, columns, first_row, table.problems)
    return table


def _rows(
    name: str, rows: Iterable[list[Any]], header: list[str], first_row: int, problems: Problems
) -> Iterator[Row]:
    width = len(header)
    for number, cells in enumerate(rows, start=first_row):
        values = [(c.strip() or None) if type(c) is str else _clean(c) for c in cells]
        if values.count(None) == len(values):
            continue
        if len(values) > width and any(v is not None for v in values[width:]):
            problems.add(f"{name} row {number}: more cells than columns in the header")
        if len(values) < width:
            values += [None] * (width - len(values))
        record = dict(zip(header, values, strict=False))
        record.pop("", None)
        yield number, record


@contextmanager
def _open_csv(name: str, handle: IO[bytes]) -> Iterator[Table]:
    head = handle.read(HEAD)
    _check_text(name, head)
    handle.seek(0)
    lines = _count_lines(name, handle)
    first_line = head.split(b"\n", 1)[0]
    delimiter = ","
    if b"," not in first_line:
        delimiter = ";" if b";" in first_line else ("\t" if b"\t" in first_line else ",")
    with io.TextIOWrapper(handle, encoding="utf-8-sig", newline="") as text:
        rows = _csv_cells(name, csv.reader(text, delimiter=delimiter))
        yield _table(name, rows, 2, lines - 1)


def _csv_cells(name: str, reader: Iterator[list[str]]) -> Iterator[list[Any]]:
    try:
        yield from reader
    except csv.Error as exc:
        raise UserError(f"{name} is not a readable CSV file: {exc}") from exc


@contextmanager
def _open_xlsx(name: str, handle: IO[bytes]) -> Iterator[Table]:
    import openpyxl

    if not zipfile.is_zipfile(handle):
        raise UserError(f"{name} is not an XLSX workbook")
    handle.seek(0)
    try:
        book = openpyxl.load_workbook(handle, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on a damaged file
        raise UserError(f"{name} is not a readable XLSX workbook") from exc
    try:
        sheet = book.worksheets[0]
        rows = (list(row) for row in sheet.iter_rows(values_only=True))
        yield _table(name, rows, 2, (sheet.max_row or 1) - 1)
    finally:
        book.close()


def _read_json(name: str, text: str) -> Table:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UserError(f"{name} is not valid JSON (line {exc.lineno}: {exc.msg})") from exc
    kind = None
    if isinstance(data, dict) and isinstance(data.get("rows"), list):
        kind = data.get("kind") if isinstance(data.get("kind"), str) else None
        data = data["rows"]
    if not isinstance(data, list):
        raise UserError(f'{name}: expected a list of rows or {{"kind": ..., "rows": [...]}}')
    if not data:
        raise UserError(f"{name} is empty")
    header: dict[str, None] = {}
    for item in data:
        if isinstance(item, dict):
            header.update(dict.fromkeys(str(k).strip().lower() for k in item))
    table = Table(name, list(header), iter(()), kind, size=len(data))
    table.rows = _json_rows(name, data, table.problems)
    return table


def _json_rows(name: str, data: list[Any], problems: Problems) -> Iterator[Row]:
    for number, item in enumerate(data, start=1):
        if not isinstance(item, dict):
            problems.add(f"{name} row {number}: not an object with column names")
            continue
        yield number, {str(k).strip().lower(): _clean(v) for k, v in item.items()}
