import csv
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from hoinhap.db.schema import Observation, Source
from hoinhap.registry.demo import DEMO_KINDS, demo_files, demo_stats, load_demo

DEMO = Path(__file__).parents[2] / "hoinhap" / "data" / "demo"


def _figures(session: Session, *, with_merged: bool) -> set[tuple[str, str, float]]:
    stats = demo_stats(session, with_merged=with_merged)
    return {(f.place, f.metric, f.value) for m in stats.metrics for f in m.figures}


def test_every_kind_is_shipped_in_load_order() -> None:
    assert [kind for kind, _ in demo_files()] == list(DEMO_KINDS)


def test_every_demo_row_names_a_source() -> None:
    for kind in DEMO_KINDS:
        with (DEMO / f"{kind}.csv").open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                assert row["source_url"].startswith("http") or row["source_title"], (kind, row)


def test_demo_loads_every_kind(session: Session) -> None:
    report = load_demo(session)
    assert {r.kind for r in report.reports if r.created} == set(DEMO_KINDS)


def test_only_one_source_lacks_a_url(session: Session) -> None:
    load_demo(session)
    used = select(Observation.source_id)
    titles = session.scalars(select(Source.title).where(Source.id.in_(used), Source.url.is_(None)))
    assert list(titles) == [
        "Can Tho: twenty years of regional linkage and international cooperation (Arabic edition)"
    ]


def test_loading_twice_changes_nothing(session: Session) -> None:
    load_demo(session)
    again = load_demo(session)
    assert (again.changed, again.created, again.updated) == (False, 0, 0)


def test_da_nang_headline_figures(session: Session) -> None:
    load_demo(session)
    figures = _figures(session, with_merged=False)
    assert {("Da Nang", "fdi_projects", 797), ("Da Nang", "partner_localities", 60)} <= figures


def test_quang_nam_figures_only_with_merged(session: Session) -> None:
    load_demo(session)
    without = {place for place, _, _ in _figures(session, with_merged=False)}
    merged = _figures(session, with_merged=True)
    assert "Quang Nam" not in without
    assert ("Quang Nam", "fdi_projects", 201) in merged
