"""Importing a file: all or nothing, every problem listed, re-importing changes nothing."""

from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hoinhap.db.schema import HistoryEntry, Partnership, metadata
from hoinhap.registry.importing import ImportProblems, ImportReport, import_file

SOURCE = "https://example.org/news/1,Da Nang news"
PLACES = f"""name,kind,country,name_vi,aliases,source_url,source_title
Sakai,foreign_locality,JP,,ja:堺市,{SOURCE}
Hwaseong,foreign_locality,KR,,화성,{SOURCE}
"""


def load(session: Session, tmp_path: Path, name: str, text: str, **kw: object) -> ImportReport:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return import_file(session, path, **kw)  # type: ignore[arg-type]


def problems(session: Session, tmp_path: Path, name: str, text: str) -> list[str]:
    with pytest.raises(ImportProblems) as caught:
        load(session, tmp_path, name, text)
    return caught.value.problems


def counts(session: Session) -> dict[str, int]:
    return {
        t.name: session.scalar(select(func.count()).select_from(t)) or 0
        for t in metadata.sorted_tables
    }


def partnerships(rows: str) -> str:
    return "place,partner,kind,since,status,source_url,source_title\n" + rows


TWO = partnerships(
    f"Da Nang,Sakai,friendship,2019-05-01,active,{SOURCE}\n"
    f"Da Nang,Hwaseong,cooperation,,active,{SOURCE}\n"
)


@pytest.fixture
def places(session: Session, tmp_path: Path) -> None:
    load(session, tmp_path, "places.csv", PLACES)


@pytest.mark.usefixtures("places")
def test_import_creates_rows_and_reports_them(session: Session, tmp_path: Path) -> None:
    report = load(session, tmp_path, "partnerships.csv", TWO)
    assert report.summary() == "partnerships.csv: 2 rows, 2 created"
    assert session.scalar(select(func.count()).select_from(Partnership)) == 2


@pytest.mark.usefixtures("places")
def test_reimporting_the_same_file_changes_nothing(session: Session, tmp_path: Path) -> None:
    load(session, tmp_path, "partnerships.csv", TWO)
    before = counts(session)
    report = load(session, tmp_path, "partnerships.csv", TWO)
    assert (report.created, report.updated, report.unchanged) == (0, 0, 2)
    assert counts(session) == before


@pytest.mark.usefixtures("places")
def test_a_changed_row_is_updated_with_history(session: Session, tmp_path: Path) -> None:
    load(session, tmp_path, "partnerships.csv", TWO)
    report = load(
        session, tmp_path, "partnerships.csv", TWO.replace("2019-05-01,active", "2019-05-01,ended")
    )
    entry = session.scalars(select(HistoryEntry).order_by(HistoryEntry.id.desc())).first()
    assert (report.updated, report.unchanged) == (1, 1)
    assert entry is not None
    assert (entry.action, entry.old_values, entry.new_values) == (
        "update",
        {"status": "active"},
        {"status": "ended"},
    )


@pytest.mark.usefixtures("places")
def test_created_rows_are_in_the_history(session: Session, tmp_path: Path) -> None:
    load(session, tmp_path, "partnerships.csv", TWO)
    query = select(func.count()).where(
        HistoryEntry.table_name == "partnership", HistoryEntry.action == "create"
    )
    assert session.scalar(query) == 2


def test_a_bad_date_names_file_row_and_column(session: Session, tmp_path: Path) -> None:
    text = partnerships(f"Da Nang,Daegu,friendship,31/02/2024,active,{SOURCE}\n")
    assert problems(session, tmp_path, "partnerships.csv", text) == [
        "partnerships.csv row 2, column since: '31/02/2024' is not a date"
    ]


def test_an_unknown_place_suggests_a_name(session: Session, tmp_path: Path) -> None:
    text = partnerships(f"Da Nag,Daegu,friendship,,active,{SOURCE}\n")
    assert problems(session, tmp_path, "partnerships.csv", text) == [
        "partnerships.csv row 2, column place: unknown place 'Da Nag'; did you mean 'Da Nang'?"
    ]


def test_a_place_of_the_wrong_kind_is_refused(session: Session, tmp_path: Path) -> None:
    text = partnerships(f"Da Nang,Japan,friendship,,active,{SOURCE}\n")
    assert problems(session, tmp_path, "partnerships.csv", text) == [
        "partnerships.csv row 2, column partner: 'Japan' is a country, not a foreign locality"
    ]


def test_every_problem_is_listed_and_nothing_written(session: Session, tmp_path: Path) -> None:
    before = counts(session)
    text = partnerships(
        f"Da Nang,Daegu,friendship,,active,{SOURCE}\n"
        f"Da Nang,Daegu,twins,,active,{SOURCE}\n"
        f"Da Nang,Busan,friendship,,,\n"
    )
    found = problems(session, tmp_path, "partnerships.csv", text)
    assert found == [
        "partnerships.csv row 3, column kind: 'twins' is not one of friendship, sister_city, "
        "cooperation",
        "partnerships.csv row 4, column source_url: every row needs a source_url or a source_title",
    ]
    assert counts(session) == before


def test_the_message_lists_fifty_problems_then_a_count(session: Session, tmp_path: Path) -> None:
    text = partnerships("".join(f"Da Nang,Daegu,x,,active,{SOURCE}\n" for _ in range(60)))
    with pytest.raises(ImportProblems) as caught:
        load(session, tmp_path, "partnerships.csv", text)
    lines = str(caught.value).splitlines()
    assert lines[0] == "partnerships.csv: 60 problems, nothing was imported:"
    assert (len(lines), lines[-1]) == (52, "  ... and 10 more")


def test_identical_duplicate_rows_are_merged(session: Session, tmp_path: Path) -> None:
    row = f"Da Nang,Daegu,friendship,,active,{SOURCE}\n"
    report = load(session, tmp_path, "partnerships.csv", partnerships(row + row))
    assert report.summary() == "partnerships.csv: 2 rows, 1 created, 1 duplicate rows merged"


def test_conflicting_duplicate_rows_are_reported(session: Session, tmp_path: Path) -> None:
    text = partnerships(
        f"Da Nang,Daegu,friendship,,active,{SOURCE}\nDa Nang,Daegu,friendship,,ended,{SOURCE}\n"
    )
    assert problems(session, tmp_path, "partnerships.csv", text) == [
        "partnerships.csv row 3: repeats the partnership of row 2 with different values"
    ]


def test_a_missing_column_is_named(session: Session, tmp_path: Path) -> None:
    text = f"place,kind,source_url,source_title\nDa Nang,friendship,{SOURCE}\n"
    assert problems(session, tmp_path, "partnerships.csv", text) == [
        "partnerships.csv: missing column 'partner'"
    ]


def test_an_unknown_column_is_an_error(session: Session, tmp_path: Path) -> None:
    text = partnerships(f"Da Nang,Daegu,friendship,,active,{SOURCE}\n").replace("since", "sinse")
    assert problems(session, tmp_path, "partnerships.csv", text) == [
        "partnerships.csv: unknown column 'sinse' (a partnership has: place, partner, kind, "
        "since, status, notes)"
    ]


def test_a_negative_count_is_refused(session: Session, tmp_path: Path) -> None:
    text = (
        "direction,place,start_on,size,source_title\ninbound,Da Nang,2024-03-01,-3,Press release\n"
    )
    assert problems(session, tmp_path, "delegations.csv", text) == [
        "delegations.csv row 2, column size: '-3' is negative; a count cannot be negative"
    ]


def test_a_negative_capital_is_refused(session: Session, tmp_path: Path) -> None:
    text = (
        "place,name,kind,capital,currency,source_title\n"
        "Da Nang,Factory,fdi,-5000000,USD,Press release\n"
    )
    assert problems(session, tmp_path, "projects.csv", text) == [
        "projects.csv row 2, column capital: '-5000000' is negative; a capital cannot be negative"
    ]


def test_progress_reaches_the_total(session: Session, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    text = partnerships(f"Da Nang,Daegu,friendship,,active,{SOURCE}\n")
    load(session, tmp_path, "partnerships.csv", text, progress=lambda d, t: calls.append((d, t)))
    assert calls[-1] == (1, 1)


def test_rows_with_the_same_url_share_one_source(session: Session, tmp_path: Path) -> None:
    load(
        session,
        tmp_path,
        "partnerships.csv",
        TWO.replace("Hwaseong", "Daegu").replace("Sakai", "Busan"),
    )
    sources = {p.source_id for p in session.scalars(select(Partnership))}
    assert len(sources) == 1
