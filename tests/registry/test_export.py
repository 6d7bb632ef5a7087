"""Export writes the columns import takes, and an export imports into the same state."""

import io
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from hoinhap.db.engine import make_engine, make_sessionmaker
from hoinhap.db.schema import Delegation
from hoinhap.registry.exporting import export_columns, export_rows, write_export
from hoinhap.registry.importing import import_file
from tests.registry.samples import SAMPLES


def load_samples(session: Session, folder: Path, upto: str = "observations") -> None:
    """Import the sample files in order, up to the kind `upto`."""
    folder.mkdir(exist_ok=True)
    kinds = list(SAMPLES)
    for kind in kinds[: kinds.index(upto) + 1]:
        text = SAMPLES[kind]
        if kind == "agreements":
            key = session.scalars(select(Delegation.key).order_by(Delegation.id)).first()
            text = text.replace("DELEGATION", key or "")
        (folder / f"{kind}.csv").write_text(text, encoding="utf-8")
        import_file(session, folder / f"{kind}.csv")


@pytest.fixture
def other_session(db_url: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Session]:
    """A session on a second fresh, prepared database of the same backend."""
    databases = None
    if db_url.startswith("sqlite"):
        path = tmp_path / "other.db"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        url = f"sqlite:///{path}"
    else:
        databases = request.getfixturevalue("pg_databases")
        url = databases.create(prepared=True)
    engine = make_engine(url)
    session = make_sessionmaker(engine)()
    session.info["actor"] = "tester"
    yield session
    session.close()
    engine.dispose()
    if databases is not None:
        databases.drop(url)


@pytest.mark.parametrize("fmt", ["csv", "json", "xlsx"])
def test_export_then_import_reproduces_every_kind(
    session: Session, other_session: Session, tmp_path: Path, fmt: str
) -> None:
    load_samples(session, tmp_path / "in")
    before = {kind: export_rows(session, kind) for kind in SAMPLES}
    for kind, rows in before.items():
        path = tmp_path / f"{kind}.{fmt}"
        write_export(rows, kind, fmt, path)
        import_file(other_session, path)
    after = {kind: export_rows(other_session, kind) for kind in SAMPLES}
    assert after == before


def test_every_sample_kind_exports_its_rows(session: Session, tmp_path: Path) -> None:
    load_samples(session, tmp_path)
    sizes = {kind: len(export_rows(session, kind)) for kind in SAMPLES if kind != "places"}
    assert sizes == {
        kind: text.count("\n") - 1 for kind, text in SAMPLES.items() if kind != "places"
    }


def test_an_agreement_exports_its_parties_and_delegation(session: Session, tmp_path: Path) -> None:
    load_samples(session, tmp_path, "agreements")
    row = export_rows(session, "agreements")[0]
    assert row["parties"] == "Network of Asian Port Cities; Sakai"
    assert row["delegation"] == "vn-da-nang-outbound-2024-04-10-country-jp-tran-thi-lan"


def test_csv_export_has_the_import_columns(session: Session, tmp_path: Path) -> None:
    load_samples(session, tmp_path, "partnerships")
    out = io.StringIO()
    write_export(export_rows(session, "partnerships"), "partnerships", "csv", out)
    assert out.getvalue().splitlines()[:2] == [
        "place,partner,kind,since,status,notes,source_url,source_title,source_publisher,"
        "source_published_on,source_language",
        "Da Nang,Sakai,friendship,2019-05-01,active,Port and tourism ties,"
        "https://example.org/danang-2024,Da Nang reaches out,Example Daily,2024-06-01,en",
    ]


def test_json_export_names_its_kind(session: Session, tmp_path: Path) -> None:
    load_samples(session, tmp_path, "events")
    out = io.StringIO()
    write_export(export_rows(session, "events"), "events", "json", out)
    data = json.loads(out.getvalue())
    assert (data["kind"], data["rows"][0]["participants"]) == ("events", 250)


def test_xlsx_export_has_a_header_row(tmp_path: Path) -> None:
    write_export([], "awards", "xlsx", tmp_path / "awards.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "awards.xlsx").worksheets[0]
    assert [c.value for c in next(sheet.iter_rows())] == export_columns("awards")
