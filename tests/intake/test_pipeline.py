import shutil
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from hoinhap.db.engine import make_sessionmaker
from hoinhap.db.schema import HistoryEntry, Observation, Place, Source
from hoinhap.errors import UserError
from hoinhap.intake.pipeline import IngestReport, collect_paths, ingest_paths
from tests.intake.stub_extractor import extract_or_fail, extract_stub

DOCS = Path(__file__).resolve().parent.parent / "fixtures" / "intake" / "docs"
DA_NANG = (
    "Da Nang now has ties with 60 localities abroad. In the 2021-2025 period the city "
    "signed 120 international agreements and received more than 3,000 foreign delegations.\n"
)


def ingest(engine: Engine, *paths: Path, **options: object) -> IngestReport:
    options.setdefault("extractor", extract_stub)
    return ingest_paths(engine, list(paths), actor="tester", **options)  # type: ignore[arg-type]


def counts(engine: Engine) -> dict[str, int]:
    with make_sessionmaker(engine)() as session:
        return {
            table.__tablename__: session.scalar(select(func.count()).select_from(table)) or 0
            for table in (Source, Observation, HistoryEntry)
        }


def session_of(engine: Engine) -> Session:
    return make_sessionmaker(engine)()


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, "utf-8")
    return path


def test_a_document_becomes_a_source_and_its_figures_candidates(
    engine: Engine, tmp_path: Path
) -> None:
    ingest(engine, write(tmp_path, "da-nang.txt", DA_NANG))
    with session_of(engine) as session:
        rows = session.execute(
            select(
                Place.name,
                Observation.metric_key,
                Observation.value,
                Observation.period,
                Observation.approx,
                Observation.status,
                Observation.quote,
            )
            .join(Place, Place.id == Observation.place_id)
            .order_by(Observation.id)
        ).all()
    assert [tuple(row) for row in rows] == [
        ("Da Nang", "partner_localities", 60.0, None, "exact", "candidate", "60 localities"),
        (
            "Da Nang",
            "agreements_signed",
            120.0,
            "2021-2025",
            "exact",
            "candidate",
            "120 international agreements",
        ),
        (
            "Da Nang",
            "delegations_received",
            3000.0,
            "2021-2025",
            "over",
            "candidate",
            "3,000 foreign delegations",
        ),
    ]


def test_the_source_keeps_the_text_title_language_and_file_name(
    engine: Engine, tmp_path: Path
) -> None:
    ingest(engine, write(tmp_path, "da-nang.txt", DA_NANG))
    with session_of(engine) as session:
        source = session.scalars(select(Source).where(Source.file_name == "da-nang.txt")).one()
    assert (source.content, source.title, source.language, source.status) == (
        DA_NANG,
        "Da Nang now has ties with 60 localities abroad. In the 2021-2025 period the city "
        "signed 120 international agreements and received more than 3,000 foreign delegations.",
        "en",
        "stored",
    )


def test_the_report_counts_documents_and_facts(engine: Engine, tmp_path: Path) -> None:
    write(tmp_path, "da-nang.txt", DA_NANG)
    shutil.copy(DOCS / "city-news.html", tmp_path)
    shutil.copy(DOCS / "empty.txt", tmp_path)
    report = ingest(engine, tmp_path)
    assert (len(report.results), report.read, report.count("stored"), len(report.failed)) == (
        3,
        2,
        2,
        1,
    )
    assert (report.facts_found, report.facts_stored) == (6, 6)


def test_failed_documents_are_stored_failed_with_their_reason_and_the_rest_go_on(
    engine: Engine, tmp_path: Path
) -> None:
    for name in ("broken.pdf", "empty.txt", "binary.txt", "city-news.html"):
        shutil.copy(DOCS / name, tmp_path)
    report = ingest(engine, tmp_path)
    with session_of(engine) as session:
        failed = session.execute(
            select(Source.title, Source.error).where(Source.status == "failed").order_by(Source.id)
        ).all()
    assert [title for title, _ in failed] == ["binary.txt", "broken.pdf", "empty.txt"]
    assert failed[2].error == "empty.txt: is empty"
    assert report.count("stored") == 1


def test_a_failing_extraction_fails_that_document_only(engine: Engine, tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "Da Nang EXPLODE 60 localities\n")
    write(tmp_path, "b.txt", DA_NANG)
    report = ingest(engine, tmp_path, extractor=extract_or_fail)
    assert [(r.name, r.status, r.error) for r in report.results] == [
        ("a.txt", "failed", "a.txt: extraction failed (RuntimeError: the stub extractor blew up)"),
        ("b.txt", "stored", None),
    ]


def test_ingesting_the_same_folder_twice_changes_nothing(engine: Engine, tmp_path: Path) -> None:
    write(tmp_path, "da-nang.txt", DA_NANG)
    for name in ("broken.pdf", "empty.txt", "city-news.html", "delegation-note.eml"):
        shutil.copy(DOCS / name, tmp_path)
    ingest(engine, tmp_path)
    before = counts(engine)
    report = ingest(engine, tmp_path)
    assert counts(engine) == before
    assert (report.count("unchanged"), len(report.failed)) == (3, 2)


def test_the_same_document_twice_is_stored_once(engine: Engine, tmp_path: Path) -> None:
    write(tmp_path, "one.txt", DA_NANG)
    write(tmp_path, "copy.txt", DA_NANG)
    report = ingest(engine, tmp_path)
    assert [r.status for r in report.results] == ["stored", "unchanged"]
    assert counts(engine)["observation"] == 3


def test_a_new_document_leaves_stored_ones_untouched(engine: Engine, tmp_path: Path) -> None:
    ingest(engine, write(tmp_path / "a", "da-nang.txt", DA_NANG))
    before = counts(engine)
    ingest(
        engine,
        write(tmp_path / "b", "hai-phong.txt", "Hai Phong signed 62 international agreements.\n"),
    )
    assert counts(engine)["observation"] == before["observation"] + 1
    assert counts(engine)["source"] == before["source"] + 1


def stored_place(engine: Engine) -> str | None:
    """The place the (one) stored figure was given to."""
    with session_of(engine) as session:
        return session.scalar(
            select(Place.name).join(Observation, Observation.place_id == Place.id)
        )


def test_a_figure_about_a_merged_province_after_the_merger_goes_to_its_successor(
    engine: Engine, tmp_path: Path
) -> None:
    path = tmp_path / "note.eml"
    path.write_text(
        "Subject: Quang Nam\nDate: Mon, 1 Sep 2025 10:00:00 +0700\n\n"
        "Quang Nam keeps ties with 15 localities abroad.\n",
        "utf-8",
    )
    ingest(engine, path)
    place = stored_place(engine)
    assert place == "Da Nang"


def test_a_figure_about_a_merged_province_before_the_merger_keeps_it(
    engine: Engine, tmp_path: Path
) -> None:
    ingest(
        engine,
        write(tmp_path, "qn.txt", "In 2021-2025 Quang Nam signed 40 international agreements.\n"),
    )
    place = stored_place(engine)
    assert place == "Quang Nam"


def test_a_figure_with_an_unknown_subject_is_skipped_with_the_reason(
    engine: Engine, tmp_path: Path
) -> None:
    report = ingest(
        engine, write(tmp_path, "x.txt", "Atlantis signed 7 international agreements.\n")
    )
    assert report.results[0].skipped == (
        "Atlantis agreements_signed 7 count: Unknown place 'Atlantis'",
    )


def test_entities_are_resolved_or_proposed(engine: Engine, tmp_path: Path) -> None:
    text = "Ho Ky Minh said Da Nang and ASEAN partners signed 5 international agreements.\n"
    report = ingest(engine, write(tmp_path, "e.txt", text))
    assert (report.results[0].resolved, report.results[0].proposed) == (
        1,
        ("organization: ASEAN", "person: Ho Ky Minh"),
    )


def test_two_workers_store_what_one_does(engine: Engine, tmp_path: Path) -> None:
    write(tmp_path, "a.txt", DA_NANG)
    write(tmp_path, "b.txt", "Hai Phong signed 62 international agreements.\n")
    write(tmp_path, "c.txt", "Can Tho has ties with 20 localities.\n")
    shutil.copy(DOCS / "empty.txt", tmp_path)
    report = ingest(engine, tmp_path, workers=2)
    assert [(r.name, r.status, r.facts_stored) for r in report.results] == [
        ("a.txt", "stored", 3),
        ("b.txt", "stored", 1),
        ("c.txt", "stored", 1),
        ("empty.txt", "failed", 0),
    ]


def test_a_missing_path_is_an_error_before_anything_is_read(tmp_path: Path) -> None:
    with pytest.raises(UserError, match=r"^No such file or directory: .*nowhere$"):
        collect_paths([tmp_path / "nowhere"])


def test_a_folder_without_documents_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8")
    with pytest.raises(UserError, match=r"^No documents to read"):
        collect_paths([tmp_path])


def test_hidden_and_unsupported_files_in_a_folder_are_left_out(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "x")
    write(tmp_path / ".git", "b.txt", "x")
    write(tmp_path, "c.jpg", "x")
    assert [p.name for p in collect_paths([tmp_path])] == ["a.txt"]


def test_a_figure_for_a_renamed_place_before_its_renaming_goes_to_the_old_name(
    engine: Engine, tmp_path: Path
) -> None:
    path = tmp_path / "hue.eml"
    path.write_text(
        "Subject: Hue\nDate: Sat, 1 Jun 2024 10:00:00 +0700\n\n"
        "Hue signed 7 international agreements.\n",
        "utf-8",
    )
    ingest(engine, path)
    place = stored_place(engine)
    assert place == "Thua Thien Hue"


def test_right_to_left_marks_and_joiners_are_stored_as_written(
    engine: Engine, tmp_path: Path
) -> None:
    text = "\u200fDa Nang\u200d signed 5 international agreements \u05d0\u05d1 دانانگ.\n"
    ingest(engine, write(tmp_path, "rtl.txt", text))
    with session_of(engine) as session:
        content, quote = session.execute(
            select(Source.content, Observation.quote).join(
                Observation, Observation.source_id == Source.id
            )
        ).one()
    assert (content, quote in content) == (text, True)


DEV = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "dev"


@pytest.mark.skipif(not DEV.is_dir(), reason="the shared dev corpus is not beside the checkout")
def test_the_package_extractor_is_the_default(engine: Engine, tmp_path: Path) -> None:
    shutil.copy(DEV / "001_6b22b00046f9e745.txt", tmp_path / "da-nang-id.txt")
    [result] = ingest_paths(engine, [tmp_path], actor="tester").results
    assert (result.status, result.lang, "person: Ho Ky Minh" in result.proposed) == (
        "stored",
        "id",
        True,
    )


def test_a_figure_that_disagrees_with_a_stored_one_is_flagged(
    engine: Engine, tmp_path: Path
) -> None:
    write(tmp_path, "a.txt", "In 2021-2025 Da Nang signed 120 international agreements.\n")
    write(tmp_path, "b.txt", "In 2021-2025 Da Nang signed 125 international agreements.\n")
    report = ingest(engine, tmp_path)
    assert [r.conflicts for r in report.results] == [
        (),
        ("#2 Da Nang agreements_signed 2021-2025: 125 count, but #1 says 120",),
    ]
