import datetime as dt

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from hoinhap.db.schema import Observation, Place, PlaceLineage, RegionMember, Source
from hoinhap.registry.observations import create_observation
from hoinhap.registry.periods import parse_period
from hoinhap.registry.places import add_place_name
from hoinhap.registry.sources import get_or_create_source
from hoinhap.registry.stats import (
    CURRENCY_NOTE,
    PERCENT_NOTE,
    PlaceStats,
    Total,
    combine_approx,
    place_stats,
)

MERGER = dt.date(2025, 7, 1)
BEFORE_MERGER = dt.date(2025, 6, 30)


def _gazetteer(session: Session) -> Source:
    return get_or_create_source(session, title="Test gazetteer", url="https://example.org/gaz")


def _place(
    session: Session,
    name: str,
    *,
    kind: str = "province",
    valid_from: dt.date | None = None,
    valid_to: dt.date | None = None,
) -> Place:
    key = "test-" + name.lower().replace(" ", "-")
    place = Place(
        key=key,
        kind=kind,
        name=name,
        country_code="VN",
        valid_from=valid_from,
        valid_to=valid_to,
        source_id=_gazetteer(session).id,
    )
    add_place_name(place, name, "en", "canonical")
    session.add(place)
    session.flush()
    return place


def _lineage(
    session: Session, earlier: Place, later: Place, kind: str, on: dt.date = MERGER
) -> None:
    session.add(
        PlaceLineage(
            from_place_id=earlier.id,
            to_place_id=later.id,
            kind=kind,
            effective_on=on,
            legal_basis="Resolution 202/2025/QH15" if on == MERGER else None,
            source_id=_gazetteer(session).id,
        )
    )
    session.flush()


def _figure(
    session: Session,
    place: Place,
    value: float,
    period: str | None = "2024",
    *,
    metric: str = "fdi_projects",
    unit: str = "count",
    approx: str = "exact",
    url: str = "https://example.org/news",
    status: str = "accepted",
) -> Observation:
    source = get_or_create_source(session, title=f"News {url}", url=url, publisher="Test Daily")
    return create_observation(
        session,
        place_id=place.id,
        metric_key=metric,
        value=value,
        unit=unit,
        source_id=source.id,
        period=period,
        approx=approx,
        quote=f"{value:g} for {place.name}",
        status=status,
    )


def _merged_pair(session: Session) -> tuple[Place, Place]:
    da_nang = _place(session, "Test Da Nang", kind="city")
    quang_nam = _place(session, "Test Quang Nam", valid_to=BEFORE_MERGER)
    _lineage(session, quang_nam, da_nang, "merged_into")
    return da_nang, quang_nam


def _stats(
    session: Session, place: Place, period: str | None = "2021-2025", **kw: object
) -> PlaceStats:
    with_merged = bool(kw.pop("with_merged", False))
    metric = kw.pop("metric", None)
    assert metric is None or isinstance(metric, str)
    span = parse_period(period) if period else None
    return place_stats(session, place, period=span, with_merged=with_merged, metric=metric)


def _values(stats: PlaceStats) -> list[tuple[str, float, str | None, str | None]]:
    return [(f.metric, f.value, f.period, f.mark) for m in stats.metrics for f in m.figures]


def test_accepted_figures_in_the_period_are_shown_with_their_source(session: Session) -> None:
    place = _place(session, "Test Da Nang", kind="city")
    _figure(session, place, 797, "2021-2025", url="https://example.org/797")
    (figure,) = _stats(session, place).metrics[0].figures
    (citation,) = figure.citations
    assert (figure.value, citation.source.title, citation.source.url, citation.quote) == (
        797.0,
        "News https://example.org/797",
        "https://example.org/797",
        "797 for Test Da Nang",
    )


def test_the_same_figure_from_several_sources_is_one_figure(session: Session) -> None:
    place = _place(session, "Test Da Nang", kind="city")
    first = _figure(session, place, 797, url="https://example.org/a")
    _figure(session, place, 797, url="https://example.org/b")
    (figure,) = _stats(session, place).metrics[0].figures
    assert (figure.id, [c.source.url for c in figure.citations]) == (
        first.id,
        ["https://example.org/a", "https://example.org/b"],
    )


def test_the_same_value_in_other_words_is_another_figure(session: Session) -> None:
    place = _place(session, "Test Da Nang", kind="city")
    _figure(session, place, 797, url="https://example.org/a")
    _figure(session, place, 797, approx="over", url="https://example.org/b")
    figures = _stats(session, place).metrics[0].figures
    assert [(f.approx, len(f.citations)) for f in figures] == [("exact", 1), ("over", 1)]


def test_a_figure_given_by_several_sources_counts_once_in_a_total(session: Session) -> None:
    da_nang, quang_nam = _merged_pair(session)
    _figure(session, da_nang, 900, url="https://example.org/a")
    _figure(session, da_nang, 900, url="https://example.org/b")
    _figure(session, quang_nam, 200)
    (total,) = _stats(session, da_nang, with_merged=True).metrics[0].totals
    assert total.value == 1100.0


def test_the_metric_label_comes_with_the_figures(session: Session) -> None:
    place = _place(session, "Test Da Nang", kind="city")
    _figure(session, place, 797)
    assert _stats(session, place).metrics[0].label == "FDI projects"


def test_figures_reaching_outside_the_period_are_left_out(session: Session) -> None:
    place = _place(session, "Test Da Nang", kind="city")
    _figure(session, place, 10, "2020")
    _figure(session, place, 20, "2020-2021", url="https://example.org/b")
    _figure(session, place, 30, "2021", url="https://example.org/c")
    assert [f[1] for f in _values(_stats(session, place))] == [30.0]


def test_candidates_and_rejected_figures_are_not_shown(session: Session) -> None:
    place = _place(session, "Test Da Nang", kind="city")
    _figure(session, place, 10, status="candidate")
    _figure(session, place, 20, status="rejected", url="https://example.org/b")
    assert _stats(session, place).metrics == ()


def test_a_figure_without_a_period_is_left_out_and_counted(session: Session) -> None:
    place = _place(session, "Test Da Nang", kind="city")
    _figure(session, place, 10, None)
    stats = _stats(session, place)
    assert (stats.metrics, stats.notes) == (
        (),
        ("1 figure with no stated period left out; ask without --period to see them",),
    )


def test_a_figure_without_a_period_is_shown_when_no_period_is_asked(session: Session) -> None:
    place = _place(session, "Test Da Nang", kind="city")
    _figure(session, place, 10, None)
    assert _values(_stats(session, place, None)) == [("fdi_projects", 10.0, None, None)]


def test_the_metric_option_keeps_one_metric(session: Session) -> None:
    place = _place(session, "Test Da Nang", kind="city")
    _figure(session, place, 10)
    _figure(session, place, 60, metric="partner_localities")
    stats = _stats(session, place, metric="partner_localities")
    assert [m.metric for m in stats.metrics] == ["partner_localities"]


def test_merged_figures_are_left_out_without_with_merged(session: Session) -> None:
    da_nang, quang_nam = _merged_pair(session)
    _figure(session, quang_nam, 200)
    stats = _stats(session, da_nang)
    assert (stats.metrics, stats.notes) == (
        (),
        (
            "figures of Test Quang Nam (merged into Test Da Nang on 2025-07-01) are not "
            "included; add --with-merged",
        ),
    )


def test_merged_figures_before_the_merger_are_included_and_marked(session: Session) -> None:
    da_nang, quang_nam = _merged_pair(session)
    _figure(session, quang_nam, 200, "2025-H1")
    assert _values(_stats(session, da_nang, with_merged=True)) == [
        ("fdi_projects", 200.0, "2025-H1", "Test Quang Nam, before 2025-07-01")
    ]


def test_merged_figures_reaching_past_the_merger_are_left_out(session: Session) -> None:
    da_nang, quang_nam = _merged_pair(session)
    _figure(session, quang_nam, 200, "2025")
    assert _stats(session, da_nang, with_merged=True).metrics == ()


def test_renamed_predecessors_are_always_included_and_marked(session: Session) -> None:
    hue = _place(session, "Test Hue", kind="city")
    thua_thien = _place(session, "Test Thua Thien Hue", valid_to=dt.date(2024, 12, 31))
    _lineage(session, thua_thien, hue, "renamed_to", dt.date(2025, 1, 1))
    _figure(session, thua_thien, 50, "2021-2025")
    assert _values(_stats(session, hue)) == [
        ("fdi_projects", 50.0, "2021-2025", "Test Thua Thien Hue, renamed Test Hue on 2025-01-01")
    ]


def test_a_merged_place_says_where_it_went(session: Session) -> None:
    _da_nang, quang_nam = _merged_pair(session)
    _figure(session, quang_nam, 200, "2024")
    stats = _stats(session, quang_nam)
    assert _values(stats) == [("fdi_projects", 200.0, "2024", None)]
    assert stats.notes == (
        "Test Quang Nam merged into Test Da Nang on 2025-07-01 (Resolution 202/2025/QH15); "
        "ask for Test Da Nang --with-merged",
    )


def test_a_merged_place_asked_before_the_merger_has_no_note(session: Session) -> None:
    _da_nang, quang_nam = _merged_pair(session)
    assert _stats(session, quang_nam, "2024").notes == ()


def test_counts_of_the_same_period_add_up(session: Session) -> None:
    da_nang, quang_nam = _merged_pair(session)
    _figure(session, da_nang, 900, approx="over")
    _figure(session, quang_nam, 200)
    (stats,) = _stats(session, da_nang, with_merged=True).metrics
    assert stats.totals == (
        Total("count", "2024", 1100.0, "over", ("Test Da Nang", "Test Quang Nam")),
    )


def test_no_total_when_a_merged_place_lacks_the_period(session: Session) -> None:
    da_nang, quang_nam = _merged_pair(session)
    _figure(session, da_nang, 900)
    _figure(session, quang_nam, 200, "2023")
    assert _stats(session, da_nang, with_merged=True).metrics[0].totals == ()


def test_money_adds_up_within_a_currency_only(session: Session) -> None:
    da_nang, quang_nam = _merged_pair(session)
    _figure(session, da_nang, 1e9, metric="fdi_capital", unit="USD")
    _figure(session, quang_nam, 2e8, metric="fdi_capital", unit="USD")
    _figure(session, quang_nam, 5e12, metric="fdi_capital", unit="VND")
    (stats,) = _stats(session, da_nang, with_merged=True).metrics
    assert [(t.unit, t.value) for t in stats.totals] == [("USD", 1.2e9)]
    assert stats.notes == (CURRENCY_NOTE,)


def test_percentages_never_add_up(session: Session) -> None:
    da_nang, quang_nam = _merged_pair(session)
    # No percent metric ships yet; counts stand in through a percent-kind metric.
    from hoinhap.db.schema import Metric

    session.add(Metric(key="test_share", kind="percent", label_en="Share", label_vi="Tỷ lệ"))
    _figure(session, da_nang, 12.5, metric="test_share", unit="percent")
    _figure(session, quang_nam, 8, metric="test_share", unit="percent")
    (stats,) = _stats(session, da_nang, with_merged=True).metrics
    assert (stats.totals, stats.notes) == ((), (PERCENT_NOTE,))


def test_differing_sources_are_all_shown_and_flagged(session: Session) -> None:
    place = _place(session, "Test Da Nang", kind="city")
    _figure(session, place, 797, url="https://example.org/a")
    _figure(session, place, 810, url="https://example.org/b")
    figures = _stats(session, place).metrics[0].figures
    assert [(f.value, f.conflict) for f in figures] == [(797.0, True), (810.0, True)]


def test_sources_within_half_a_percent_do_not_conflict(session: Session) -> None:
    place = _place(session, "Test Da Nang", kind="city")
    _figure(session, place, 1000, url="https://example.org/a")
    _figure(session, place, 1004, url="https://example.org/b")
    assert [f.conflict for f in _stats(session, place).metrics[0].figures] == [False, False]


def test_a_conflict_blocks_the_total(session: Session) -> None:
    da_nang, quang_nam = _merged_pair(session)
    _figure(session, da_nang, 900, url="https://example.org/a")
    _figure(session, da_nang, 950, url="https://example.org/b")
    _figure(session, quang_nam, 200)
    (stats,) = _stats(session, da_nang, with_merged=True).metrics
    assert (stats.totals, stats.notes) == ((), ("no total for 2024 (count): sources disagree",))


def _mekong(session: Session) -> tuple[Place, Place, Place, Place]:
    region = _place(session, "Test Mekong", kind="region")
    can_tho = _place(session, "Test Can Tho", kind="city")
    soc_trang = _place(session, "Test Soc Trang", valid_to=BEFORE_MERGER)
    vinh_long = _place(session, "Test Vinh Long")
    for member in (can_tho, soc_trang, vinh_long):
        session.add(RegionMember(region_id=region.id, place_id=member.id, source_id=1))
    session.flush()
    return region, can_tho, soc_trang, vinh_long


def test_a_region_sums_its_members(session: Session) -> None:
    region, can_tho, soc_trang, vinh_long = _mekong(session)
    for member, value in ((can_tho, 300), (soc_trang, 40), (vinh_long, 5)):
        _figure(session, member, value)
    (stats,) = _stats(session, region).metrics
    assert stats.totals == (
        Total(
            "count", "2024", 345.0, "exact", ("Test Can Tho", "Test Soc Trang", "Test Vinh Long")
        ),
    )


def test_a_region_sums_the_members_of_the_period(session: Session) -> None:
    region, can_tho, soc_trang, vinh_long = _mekong(session)
    for member, value in ((can_tho, 300), (soc_trang, 40), (vinh_long, 5)):
        _figure(session, member, value, "2025-H2")
    (stats,) = _stats(session, region).metrics
    assert [(t.value, t.places) for t in stats.totals] == [
        (305.0, ("Test Can Tho", "Test Vinh Long"))
    ]


def test_a_region_total_names_the_members_missing(session: Session) -> None:
    region, can_tho, _soc_trang, vinh_long = _mekong(session)
    _figure(session, can_tho, 300)
    _figure(session, vinh_long, 5)
    (total,) = _stats(session, region).metrics[0].totals
    assert (total.value, total.missing) == (305.0, ("Test Soc Trang",))


def test_a_region_member_alone_makes_no_total(session: Session) -> None:
    region, can_tho, _soc_trang, _vinh_long = _mekong(session)
    _figure(session, can_tho, 300)
    assert _stats(session, region).metrics[0].totals == ()


@pytest.mark.parametrize(
    ("approxes", "expected"),
    [
        (("exact", "exact"), "exact"),
        (("over", "exact"), "over"),
        (("under", "under"), "under"),
        (("over", "under"), "about"),
        (("about", "exact"), "about"),
    ],
)
def test_combine_approx(approxes: tuple[str, ...], expected: str) -> None:
    assert combine_approx(approxes) == expected


def test_the_number_of_queries_does_not_grow_with_the_figures(session: Session) -> None:
    da_nang, quang_nam = _merged_pair(session)
    for year in range(2021, 2026):
        for n in range(3):
            url = f"https://example.org/{year}/{n}"
            _figure(session, da_nang, 100 + n, str(year), url=url)
            _figure(session, quang_nam, 50, f"{year}-Q1", url=url, metric="partner_localities")
    statements: list[str] = []

    def count(*_args: object) -> None:
        statements.append("")

    bind = session.get_bind()
    event.listen(bind, "before_cursor_execute", count)
    try:
        _stats(session, da_nang, with_merged=True)
    finally:
        event.remove(bind, "before_cursor_execute", count)
    assert len(statements) <= 6
