"""Successors and predecessors through the 2025 merger and Hue's change of status."""

import datetime as dt

from sqlalchemy.orm import Session

from hoinhap.db.schema import Place, PlaceLineage
from hoinhap.registry.lineage import (
    Link,
    describe_predecessor,
    describe_successor,
    predecessors,
    successor_on,
)
from hoinhap.registry.places import find_place
from hoinhap.registry.sources import get_or_create_source, get_source

MERGER = dt.date(2025, 7, 1)


def _names(links: list[Link]) -> list[str]:
    return [link.place.name for link in links]


def test_quang_nam_after_the_merger_is_da_nang(session: Session) -> None:
    link = successor_on(session, find_place(session, "Quang Nam"), dt.date(2025, 8, 1))
    assert link is not None
    assert (link.place.name, link.kind, link.effective_on, link.legal_basis) == (
        "Da Nang",
        "merged_into",
        MERGER,
        "Resolution 202/2025/QH15",
    )


def test_the_lineage_row_points_to_the_resolution(session: Session) -> None:
    link = successor_on(session, find_place(session, "Quang Nam"), dt.date(2025, 8, 1))
    assert link is not None
    assert get_source(session, link.lineage.source_id).publisher == "National Assembly of Vietnam"


def test_quang_nam_before_the_merger_has_no_successor(session: Session) -> None:
    assert successor_on(session, find_place(session, "Quang Nam"), dt.date(2025, 6, 30)) is None


def test_thua_thien_hue_became_hue(session: Session) -> None:
    link = successor_on(session, find_place(session, "Thua Thien Hue"), dt.date(2025, 8, 1))
    assert link is not None
    assert (link.place.name, link.kind, link.effective_on) == (
        "Hue",
        "renamed_to",
        dt.date(2025, 1, 1),
    )


def test_da_nang_absorbed_quang_nam(session: Session) -> None:
    assert _names(predecessors(session, find_place(session, "Da Nang"))) == ["Quang Nam"]


def test_hue_was_thua_thien_hue(session: Session) -> None:
    assert _names(predecessors(session, find_place(session, "Hue"))) == ["Thua Thien Hue"]


def test_ho_chi_minh_city_absorbed_two_provinces(session: Session) -> None:
    links = predecessors(session, find_place(session, "Ho Chi Minh City"))
    assert _names(links) == ["Binh Duong", "Ba Ria-Vung Tau"]


def test_predecessors_before_the_merger_are_none(session: Session) -> None:
    assert predecessors(session, find_place(session, "Da Nang"), before=dt.date(2025, 6, 30)) == []


def _later_city(session: Session) -> Place:
    """A made-up later change of Hue, to follow the lineage through two steps."""
    source = get_or_create_source(session, title="A later resolution")
    hue = find_place(session, "Hue")
    later = Place(
        key="vn-test-city",
        kind="city",
        name="Test City",
        country_code="VN",
        valid_from=dt.date(2030, 1, 1),
        source_id=source.id,
    )
    session.add(later)
    session.flush()
    session.add(
        PlaceLineage(
            from_place_id=hue.id,
            to_place_id=later.id,
            kind="merged_into",
            effective_on=dt.date(2030, 1, 1),
            source_id=source.id,
        )
    )
    session.flush()
    return later


def test_successor_follows_every_change(session: Session) -> None:
    _later_city(session)
    link = successor_on(session, find_place(session, "Thua Thien Hue"), dt.date(2031, 1, 1))
    assert link is not None
    assert (link.place.name, link.effective_on) == ("Test City", dt.date(2030, 1, 1))


def test_predecessors_follow_every_change(session: Session) -> None:
    later = _later_city(session)
    assert _names(predecessors(session, later)) == ["Thua Thien Hue", "Hue"]


def test_describe_a_merger_from_both_sides(session: Session) -> None:
    link = successor_on(session, find_place(session, "Quang Nam"), MERGER)
    back = predecessors(session, find_place(session, "Da Nang"))[0]
    assert link is not None
    assert describe_successor(link) == (
        "Merged into Da Nang on 2025-07-01 (Resolution 202/2025/QH15)"
    )
    assert (
        describe_predecessor(back) == "Absorbed Quang Nam on 2025-07-01 (Resolution 202/2025/QH15)"
    )
