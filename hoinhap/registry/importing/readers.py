"""Read a CSV, XLSX or JSON file into a header and rows of cells, or fail with one line.

Row numbers are those a spreadsheet user sees: the header is row 1, the first data row is
row 2. In a JSON file, rows are numbered from 1 in the order of the `rows` list.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hoinhap.errors import UserError

Cell = str | int | float | dt.date | None
FORMATS = {".csv": "csv", ".xlsx": "xlsx", ".json": "json"}


@dataclass
class Table:
    """What a file holds: its column names and its rows, each with its row number."""

    name: str
    header: list[str]
    rows: list[tuple[int, dict[str, Cell]]]
    kind: str | None = None
    problems: list[str] = field(default_factory=list)


def file_format(path: Path) -> str:
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise UserError(f"{path.name}: not a CSV, XLSX or JSON file (name it .csv, .xlsx or .json)")
    return fmt


def read_table(path: Path) -> Table:
    """The table in the file at `path`; UserError for a missing, empty or unreadable file."""
    fmt = file_format(path)
    if not path.is_file():
        raise UserError(f"No such file: {path}")
    data = path.read_bytes()
    if not data.strip():
        raise UserError(f"{path.name} is empty")
    if fmt == "xlsx":
        return _read_xlsx(path.name, data)
    text = _decode(path.name, data)
    return _read_json(path.name, text) if fmt == "json" else _read_csv(path.name, text)


def _decode(name: str, data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UserError(f"{name} is UTF-16 text; save it as UTF-8 (in Excel: CSV UTF-8)")
    if b"\x00" in data[:4096]:
        raise UserError(f"{name} holds binary data, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise UserError(
            f"{name} is not UTF-8 text (line {line} has byte 0x{data[exc.start]:02x}); "
            "save it as UTF-8 (in Excel: CSV UTF-8)"
        ) from exc


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


def _table_from_rows(name: str, rows: list[list[Any]], first_row: int) -> Table:
    if not rows:
        raise UserError(f"{name} is empty")
    header = _header(name, rows[0])
    table = Table(name, header, [])
    for number, cells in enumerate(rows[1:], start=first_row):
        values = [(c.strip() or None) if type(c) is str else _clean(c) for c in cells]
        if all(v is None for v in values):
            continue
        if any(v is not None for v in values[len(header) :]):
            table.problems.append(f"{name} row {number}: more cells than columns in the header")
        record = {col: values[i] if i < len(values) else None for i, col in enumerate(header)}
        record.pop("", None)
        table.rows.append((number, record))
    table.header = [c for c in header if c]
    return table


def _read_csv(name: str, text: str) -> Table:
    first_line = text.split("\n", 1)[0]
    delimiter = ","
    if "," not in first_line:
        delimiter = ";" if ";" in first_line else ("\t" if "\t" in first_line else ",")
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise UserError(f"{name} is not a readable CSV file: {exc}") from exc
    return _table_from_rows(name, rows, 2)


def _read_xlsx(name: str, data: bytes) -> Table:
    import openpyxl

    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise UserError(f"{name} is not an XLSX workbook")
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on a damaged file
        raise UserError(f"{name} is not a readable XLSX workbook") from exc
    try:
        sheet = book.worksheets[0]
        rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()
    return _table_from_rows(name, rows, 2)


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
    table = Table(name, [], [], kind)
    for number, item in enumerate(data, start=1):
        if not isinstance(item, dict):
            table.problems.append(f"{name} row {number}: not an object with column names")
            continue
        record = {str(k).strip().lower(): _clean(v) for k, v in item.items()}
        header.update(dict.fromkeys(record))
        table.rows.append((number, record))
    table.header = list(header)
    return table
