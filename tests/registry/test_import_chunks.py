"""Importing a file in chunks: all or nothing and duplicates merged across chunk borders."""

from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hoinhap.db.schema import HistoryEntry, Observation, Place
from hoinhap.errors import UserError
from hoinhap.registry.importing import ImportProblems, ImportReport, import_file, load

OBS = "place,metric,value,unit,period,source_title\n"


@pytest.fixture(autouse=True)
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(load, "CHUNK", 2)


def figures(*values: str) -> str:
    return OBS + "".join(f"Da Nang,fdi_projects,{v},count,2024,News\n" for v in values)


def load_text(session: Session, tmp_path: Path, text: str | bytes, **kw: object) -> ImportReport:
    path = tmp_path / "observations.csv"
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return import_file(session, path, **kw)  # type: ignore[arg-type]


def stored(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Observation)) or 0


def test_rows_of_every_chunk_are_written(session: Session, tmp_path: Path) -> None:
    report = load_text(session, tmp_path, figures("1", "2", "3", "4", "5"))
    assert (report.summary(), stored(session)) == ("observations.csv: 5 rows, 5 created", 5)


def test_a_problem_after_written_chunks_leaves_nothing(session: Session, tmp_path: Path) -> None:
    with pytest.raises(ImportProblems) as caught:
        load_text(session, tmp_path, figures("1", "2", "3", "4", "-5"))
    assert caught.value.problems == [
        "observations.csv row 6, column value: '-5' is negative; a figure cannot be negative"
    ]
    assert stored(session) == 0


def test_a_bad_byte_late_in_the_file_names_its_line(session: Session, tmp_path: Path) -> None:
    text = figures("1", "2", "3", "4").encode() + "Da Nang,fdi_projects,5,count,2024,Café\n".encode(
        "latin-1"
    )
    with pytest.raises(UserError) as caught:
        load_text(session, tmp_path, text)
    assert str(caught.value) == (
        "observations.csv is not UTF-8 text (line 6 has byte 0xe9); "
        "save it as UTF-8 (in Excel: CSV UTF-8)"
    )
    assert stored(session) == 0


def test_a_failed_import_keeps_earlier_work_of_the_transaction(
    session: Session, tmp_path: Path
) -> None:
    places = tmp_path / "places.csv"
    places.write_text("name,kind,country,source_title\nSakai,foreign_locality,JP,News\n")
    import_file(session, places)
    with pytest.raises(ImportProblems):
        load_text(session, tmp_path, figures("1", "2", "3", "x"))
    assert session.scalars(select(Place.key).where(Place.name == "Sakai")).all() == ["jp-sakai"]


def test_identical_rows_in_later_chunks_are_merged(session: Session, tmp_path: Path) -> None:
    report = load_text(session, tmp_path, figures("1", "2", "3", "1", "2"))
    assert report.summary() == "observations.csv: 5 rows, 3 created, 2 duplicate rows merged"


def test_a_conflicting_repeat_in_a_later_chunk_is_refused(session: Session, tmp_path: Path) -> None:
    rows = ("1,", "2,", "3,", "1,Over a thousand")
    text = "place,metric,value,quote,unit,period,source_title\n" + "".join(
        f"Da Nang,fdi_projects,{row},count,2024,News\n" for row in rows
    )
    with pytest.raises(ImportProblems) as caught:
        load_text(session, tmp_path, text)
    assert caught.value.problems == [
        "observations.csv row 5: repeats the observation of row 2 with different values"
    ]


def test_reimporting_in_chunks_changes_nothing(session: Session, tmp_path: Path) -> None:
    load_text(session, tmp_path, figures("1", "2", "3", "4", "5"))
    report = load_text(session, tmp_path, figures("1", "2", "3", "4", "5"))
    assert (report.created, report.updated, report.unchanged) == (0, 0, 5)


def test_created_figures_are_in_the_history(session: Session, tmp_path: Path) -> None:
    load_text(session, tmp_path, figures("1", "2", "3"))
    figure = session.scalars(select(Observation).where(Observation.value == 3)).one()
    entry = session.scalars(
        select(HistoryEntry).where(
            HistoryEntry.table_name == "observation", HistoryEntry.row_id == str(figure.id)
        )
    ).one()
    assert entry.new_values is not None
    assert (entry.action, entry.new_values["id"], entry.new_values["period_start"]) == (
        "create",
        figure.id,
        "2024-01-01",
    )


def test_progress_advances_chunk_by_chunk(session: Session, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    load_text(
        session,
        tmp_path,
        figures("1", "2", "3", "4", "5"),
        progress=lambda d, t: calls.append((d, t)),
    )
    assert calls == [(2, 5), (4, 5), (5, 5), (5, 5)]


def test_the_caller_decides_whether_an_import_is_kept(session: Session, tmp_path: Path) -> None:
    load_text(session, tmp_path, figures("1", "2", "3"))
    session.rollback()
    assert stored(session) == 0


def test_one_url_with_two_titles_is_refused(session: Session, tmp_path: Path) -> None:
    text = "place,metric,value,unit,period,source_url,source_title\n" + "".join(
        f"Da Nang,fdi_projects,1,count,2024,https://example.org/a,{title}\n"
        for title in ("News", "Other news")
    )
    with pytest.raises(ImportProblems) as caught:
        load_text(session, tmp_path, text)
    assert caught.value.problems == [
        "observations.csv row 3: repeats the observation of row 2 with different values"
    ]


def test_rows_with_extra_cells_are_listed_first(session: Session, tmp_path: Path) -> None:
    text = figures("1", "-2", "3", "4") + "Da Nang,fdi_projects,5,count,2024,News,extra\n"
    with pytest.raises(ImportProblems) as caught:
        load_text(session, tmp_path, text)
    assert caught.value.problems == [
        "observations.csv row 6: more cells than columns in the header",
        "observations.csv row 3, column value: '-2' is negative; a figure cannot be negative",
    ]
