"""Files that cannot be read give one readable line; formats and kinds are recognised."""

import datetime as dt
import json
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from hoinhap.db.schema import Agreement, Partnership
from hoinhap.errors import UserError
from hoinhap.registry.importing import import_file

HEADER = "place,partner,kind,source_title\n"
ROW = "Da Nang,Daegu,friendship,Đà Nẵng news\n"


def fails(session: Session, path: Path, kind: str | None = None) -> str:
    with pytest.raises(UserError) as caught:
        import_file(session, path, kind=kind)
    return str(caught.value)


def test_a_latin1_file_is_refused(session: Session, tmp_path: Path) -> None:
    path = tmp_path / "partnerships.csv"
    path.write_bytes((HEADER + "Da Nang,Daegu,friendship,Café\n").encode("latin-1"))
    assert fails(session, path) == (
        "partnerships.csv is not UTF-8 text (line 2 has byte 0xe9); "
        "save it as UTF-8 (in Excel: CSV UTF-8)"
    )


def test_a_utf16_file_is_refused(session: Session, tmp_path: Path) -> None:
    path = tmp_path / "partnerships.csv"
    path.write_bytes((HEADER + ROW).encode("utf-16"))
    assert fails(session, path) == (
        "partnerships.csv is UTF-16 text; save it as UTF-8 (in Excel: CSV UTF-8)"
    )


def test_a_utf8_file_with_bom_is_read(session: Session, tmp_path: Path) -> None:
    path = tmp_path / "partnerships.csv"
    path.write_bytes((HEADER + ROW).encode("utf-8-sig"))
    assert import_file(session, path).created == 1


def test_an_empty_file_is_refused(session: Session, tmp_path: Path) -> None:
    path = tmp_path / "partnerships.csv"
    path.write_text("\n")
    assert fails(session, path) == "partnerships.csv is empty"


def test_a_header_without_rows_imports_nothing(session: Session, tmp_path: Path) -> None:
    path = tmp_path / "partnerships.csv"
    path.write_text(HEADER)
    assert import_file(session, path).summary() == "partnerships.csv: 0 rows"


def test_a_missing_file_is_named(session: Session, tmp_path: Path) -> None:
    assert fails(session, tmp_path / "nope.csv") == f"No such file: {tmp_path / 'nope.csv'}"


def test_a_pdf_renamed_xlsx_is_refused(session: Session, tmp_path: Path) -> None:
    path = tmp_path / "partnerships.xlsx"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    assert fails(session, path) == "partnerships.xlsx is not an XLSX workbook"


def test_another_file_type_is_refused(session: Session, tmp_path: Path) -> None:
    path = tmp_path / "partnerships.pdf"
    path.write_bytes(b"%PDF-1.7\n")
    assert fails(session, path) == (
        "partnerships.pdf: not a CSV, XLSX or JSON file (name it .csv, .xlsx or .json)"
    )


def test_broken_json_is_refused(session: Session, tmp_path: Path) -> None:
    path = tmp_path / "partnerships.json"
    path.write_text('{"rows": [')
    assert fails(session, path) == ("partnerships.json is not valid JSON (line 1: Expecting value)")


def test_the_kind_comes_from_a_prefixed_file_name(session: Session, tmp_path: Path) -> None:
    path = tmp_path / "danang_partnerships.csv"
    path.write_text(HEADER + ROW)
    assert import_file(session, path).kind == "partnerships"


def test_a_file_name_without_kind_needs_kind(session: Session, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text(HEADER + ROW)
    assert fails(session, path).startswith("list.csv: cannot tell what the file holds")
    assert import_file(session, path, kind="partnership").created == 1


def test_an_unknown_kind_is_refused(session: Session, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text(HEADER + ROW)
    assert fails(session, path, kind="twins").startswith("Unknown kind 'twins'; use one of")


def test_json_names_its_kind(session: Session, tmp_path: Path) -> None:
    path = tmp_path / "data.json"
    row = {"place": "Da Nang", "partner": "Daegu", "kind": "friendship", "source_title": "News"}
    path.write_text(json.dumps({"kind": "partnerships", "rows": [row]}))
    assert import_file(session, path).created == 1


def test_a_bare_json_list_is_read(session: Session, tmp_path: Path) -> None:
    path = tmp_path / "partnerships.json"
    row = {"place": "Da Nang", "partner": "Daegu", "kind": "friendship", "source_title": "News"}
    path.write_text(json.dumps([row]))
    assert import_file(session, path).created == 1


def test_xlsx_date_cells_are_read(session: Session, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["place", "partner", "kind", "since", "source_title"])
    sheet.append(["Da Nang", "Daegu", "friendship", dt.datetime(2018, 8, 3), "News"])  # noqa: DTZ001 (a naive Excel cell)
    book.save(tmp_path / "partnerships.xlsx")
    import_file(session, tmp_path / "partnerships.xlsx")
    assert session.scalars(select(Partnership.since)).one() == dt.date(2018, 8, 3)


def test_xlsx_problems_use_spreadsheet_row_numbers(session: Session, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["place", "title", "kind", "signed_on", "source_title"])
    sheet.append(["Da Nang", "MOU on tourism", "mou", "2024-05-02", "News"])
    sheet.append(["Da Nang", "MOU on ports", "mou", "31/02/2024", "News"])
    book.save(tmp_path / "agreements.xlsx")
    assert fails(session, tmp_path / "agreements.xlsx") == (
        "agreements.xlsx row 3, column signed_on: '31/02/2024' is not a date"
    )
    assert session.scalars(select(Agreement)).all() == []
