"""The lineage of administrative change: where a place went, and what went into it.

Quang Nam was merged into Da Nang on 1 July 2025; Thua Thien Hue province was renamed
(became the centrally-run city of) Hue on 1 January 2025. Each change is a
`place_lineage` row from the earlier place to the later one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from hoinhap.db.schema import Place, PlaceLineage


@dataclass(frozen=True)
class Link:
    """One change seen from one place: `place` is the place at the other end."""

    place: Place
    kind: str  # merged_into or renamed_to
    effective_on: dt.date
    legal_basis: str | None
    lineage: PlaceLineage


def _links(session: Session, place_ids: list[int], *, outgoing: bool) -> list[Link]:
    near, far = (
        (PlaceLineage.from_place_id, PlaceLineage.to_place_id)
        if outgoing
        else (PlaceLineage.to_place_id, PlaceLineage.from_place_id)
    )
    query = (
        select(PlaceLineage, Place)
        .join(Place, Place.id == far)
        .where(near.in_(place_ids))
        .order_by(PlaceLineage.effective_on, PlaceLineage.id)
    )
    return [
        Link(other, row.kind, row.effective_on, row.legal_basis, row)
        for row, other in session.execute(query)
    ]


def successors(session: Session, place: Place) -> list[Link]:
    """The places `place` was merged into or renamed to (directly)."""
    return _links(session, [place.id], outgoing=True)


def absorbed(session: Session, place: Place) -> list[Link]:
    """The places merged into or renamed to `place` (directly)."""
    return _links(session, [place.id], outgoing=False)


def successor_on(session: Session, place: Place, on: dt.date) -> Link | None:
    """What stood for `place` on the day `on`, if it had been merged or renamed by then.

    Follows the lineage through every change in effect on `on`: the link's `place` is the
    last place reached, its kind, date, legal basis and row those of the last change.
    None when no change of `place` was in effect on that day.
    """
    found: Link | None = None
    seen = {place.id}
    current = place
    while True:
        steps = [link for link in successors(session, current) if link.effective_on <= on]
        if not steps or steps[-1].place.id in seen:
            return found
        found = steps[-1]
        current = found.place
        seen.add(current.id)


def predecessors(session: Session, place: Place, before: dt.date | None = None) -> list[Link]:
    """The places merged or renamed into `place`, directly or through earlier changes.

    Only changes in effect by `before` (effective on or before that day) count; None
    means all. Ordered by date, then as the lineage was recorded.
    """
    found: list[Link] = []
    seen = {place.id}
    frontier = [place.id]
    while frontier:
        links = [
            link
            for link in _links(session, frontier, outgoing=False)
            if (before is None or link.effective_on <= before) and link.place.id not in seen
        ]
        seen.update(link.place.id for link in links)
        found.extend(links)
        frontier = [link.place.id for link in links]
    return sorted(found, key=lambda link: (link.effective_on, link.lineage.id))


def _basis(link: Link) -> str:
    return f" ({link.legal_basis})" if link.legal_basis else ""


def describe_successor(link: Link) -> str:
    """ "Merged into Da Nang on 2025-07-01 (Resolution 202/2025/QH15)"."""
    verb = "Merged into" if link.kind == "merged_into" else "Renamed to"
    return f"{verb} {link.place.name} on {link.effective_on.isoformat()}{_basis(link)}"


def describe_predecessor(link: Link) -> str:
    """ "Absorbed Quang Nam on 2025-07-01 (Resolution 202/2025/QH15)"."""
    verb = "Absorbed" if link.kind == "merged_into" else "Renamed from"
    return f"{verb} {link.place.name} on {link.effective_on.isoformat()}{_basis(link)}"
