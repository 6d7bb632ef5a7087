import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from hoinhap.db.engine import make_sessionmaker, transaction
from hoinhap.db.schema import EntityMention, HistoryEntry, Observation
from hoinhap.errors import NotFound, UserError
from hoinhap.intake.extract import Extraction
from hoinhap.intake.pipeline import ingest_paths
from hoinhap.intake.reextract import reextract
from hoinhap.intake.review import accept_candidate, reject_candidate
from tests.intake.stub_extractor import extract_or_fail, extract_stub

TEXT = (
    "Ho Ky Minh said Da Nang now has ties with 60 localities. The city signed 120 "
    "international agreements and received more than 3,000 foreign delegations.\n"
)


def extract_older(
    text: str, *, doc: str, lang: str | None = None, published: dt.date | None = None
) -> Extraction:
    """The stub as it was before it learnt delegations and people."""
    found = extract_stub(text, doc=doc, lang=lang, published=published)
    return dataclasses.replace(
        found,
        facts=[f for f in found.facts if f.metric != "delegations_received"],
        entities=[e for e in found.entities if e.type != "person"],
    )


def extract_nothing(
    text: str, *, doc: str, lang: str | None = None, published: dt.date | None = None
) -> Extraction:
    return Extraction(doc, "en")


def ingest(engine: Engine, tmp_path: Path, extractor=extract_stub) -> int:
    path = tmp_path / "da-nang.txt"
    path.write_text(TEXT, "utf-8")
    [result] = ingest_paths(engine, [path], actor="tester", extractor=extractor).results
    assert result.source_id is not None
    return result.source_id


def figures(engine: Engine) -> list[tuple[str, float, str]]:
    with make_sessionmaker(engine)() as session:
        query = select(Observation.metric_key, Observation.value, Observation.status)
        return [tuple(row) for row in session.execute(query.order_by(Observation.id))]


def counts(engine: Engine) -> tuple[int, ...]:
    with make_sessionmaker(engine)() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(table)) or 0
            for table in (Observation, EntityMention, HistoryEntry)
        )


def test_figures_and_names_the_new_extractor_finds_are_added(
    engine: Engine, tmp_path: Path
) -> None:
    ingest(engine, tmp_path, extract_older)
    [result] = reextract(engine, actor="tester", extractor=extract_stub).results
    assert (result.status, result.facts_stored, result.proposed) == (
        "updated",
        1,
        ("person: Ho Ky Minh",),
    )
    assert figures(engine)[-1] == ("delegations_received", 3000.0, "candidate")


def test_candidates_the_new_extractor_no_longer_finds_are_removed(
    engine: Engine, tmp_path: Path
) -> None:
    ingest(engine, tmp_path)
    [result] = reextract(engine, actor="tester", extractor=extract_older).results
    assert result.removed == ("#3 Da Nang delegations_received no period: 3000 count",)
    assert [metric for metric, _, _ in figures(engine)] == [
        "partner_localities",
        "agreements_signed",
    ]


def test_reviewed_figures_are_never_touched(engine: Engine, tmp_path: Path) -> None:
    ingest(engine, tmp_path)
    with transaction(engine, "reviewer") as session:
        accept_candidate(session, 1, value=61)
        reject_candidate(session, 2, "a plan, not a result")
    reextract(engine, actor="tester", extractor=extract_nothing)
    assert figures(engine) == [
        ("partner_localities", 61.0, "accepted"),
        ("agreements_signed", 120.0, "rejected"),
    ]


def test_an_edited_figure_found_again_is_not_stored_twice(engine: Engine, tmp_path: Path) -> None:
    ingest(engine, tmp_path)
    with transaction(engine, "reviewer") as session:
        accept_candidate(session, 1, value=61)
    [result] = reextract(engine, actor="tester", extractor=extract_stub).results
    assert (result.status, len(figures(engine))) == ("unchanged", 3)


def test_reading_again_twice_changes_nothing_the_second_time(
    engine: Engine, tmp_path: Path
) -> None:
    ingest(engine, tmp_path, extract_older)
    reextract(engine, actor="tester", extractor=extract_stub)
    before = counts(engine)
    [result] = reextract(engine, actor="tester", extractor=extract_stub).results
    assert (result.status, counts(engine)) == ("unchanged", before)


def test_a_failing_extraction_fails_that_document_and_keeps_what_was_stored(
    engine: Engine, tmp_path: Path
) -> None:
    ingest(engine, tmp_path)
    path = tmp_path / "boom.txt"
    path.write_text("Da Nang EXPLODE 60 localities\n", "utf-8")
    ingest_paths(engine, [path], actor="tester", extractor=extract_stub)
    before = counts(engine)
    report = reextract(engine, actor="tester", extractor=extract_or_fail)
    assert [(r.status, r.error) for r in report.results] == [
        ("unchanged", None),
        ("failed", "boom.txt: extraction failed (RuntimeError: the stub extractor blew up)"),
    ]
    assert counts(engine) == before


def test_an_unknown_source_is_not_found(engine: Engine) -> None:
    with pytest.raises(NotFound, match=r"^No source with id 999$"):
        reextract(engine, actor="tester", extractor=extract_stub, source_ids=[999])


def test_a_source_without_stored_text_cannot_be_read_again(engine: Engine, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", "utf-8")
    [failed] = ingest_paths(engine, [tmp_path], actor="tester", extractor=extract_stub).results
    with pytest.raises(UserError, match=rf"^Source {failed.source_id} has no stored text"):
        reextract(engine, actor="tester", source_ids=[failed.source_id or 0])
