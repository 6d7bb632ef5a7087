"""Write exported rows as CSV, JSON ({"kind": ..., "rows": [...]}) or XLSX."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import IO, Any, cast

from hoinhap.errors import UserError
from hoinhap.registry.importing import SOURCE_COLUMNS, find_kind

EXPORT_FORMATS = ("csv", "xlsx", "json")


def export_columns(kind: str) -> list[str]:
    """The columns of an export of `kind`: those its import takes, in the same order."""
    return [*find_kind(kind).columns, *SOURCE_COLUMNS]


def write_export(
    rows: list[dict[str, object]], kind: str, fmt: str, target: Path | IO[str] | IO[bytes]
) -> None:
    """Write `rows` in format `fmt` to a file path, or to a stream (a binary one for xlsx)."""
    if fmt not in EXPORT_FORMATS:
        raise UserError(f"Format {fmt!r} is not one of {', '.join(EXPORT_FORMATS)}")
    name = find_kind(kind).name
    if isinstance(target, Path):
        if fmt == "xlsx":
            with target.open("wb") as binary:
                _write_xlsx(rows, name, binary)
            return
        with target.open("w", encoding="utf-8", newline="") as text:
            write_export(rows, name, fmt, text)
        return
    if fmt == "xlsx":
        _write_xlsx(rows, name, target)
    elif fmt == "json":
        text_target: IO[Any] = target
        json.dump({"kind": name, "rows": rows}, text_target, ensure_ascii=False, indent=1)
        text_target.write("\n")
    else:
        writer = csv.DictWriter(cast(IO[str], target), export_columns(name), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def _write_xlsx(rows: list[dict[str, object]], kind: str, target: IO[Any]) -> None:
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet(kind)
    columns = export_columns(kind)
    sheet.append(columns)
    for row in rows:
        sheet.append([row.get(column) for column in columns])
    book.save(target)
