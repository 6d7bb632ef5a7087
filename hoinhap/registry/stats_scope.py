"""Which places' figures a stats query covers: a place with its renamed predecessors and
(when asked) the places merged into it, through the lineage; or a region's member
provinces as of the period. Used by `hoinhap.registry.stats`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property

from sqlalchemy.orm import Session

from hoinhap.db.schema import Place, utcnow
from hoinhap.registry.lineage import Link, predecessors, successor_on
from hoinhap.registry.periods import Period
from hoinhap.registry.places import list_places


@dataclass(frozen=True)
class Contributor:
    """A place whose figures are shown. `body` is the place the figures describe (a renamed
    predecessor is the same body); `before`: only figures ending before it count."""

    place_id: int
    name: str
    body: int
    mark: str | None = None
    before: dt.date | None = None
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None

    def exists_on(self, day: dt.date) -> bool:
        return (self.valid_from or dt.date.min) <= day <= (self.valid_to or dt.date.max)


@dataclass
class Scope:
    by_id: dict[int, Contributor]
    is_region: bool = False
    notes: list[str] = field(default_factory=list)

    @cached_property
    def ranks(self) -> dict[int, int]:
        """The order places are shown in: the place asked for, then its lineage."""
        return {place_id: rank for rank, place_id in enumerate(self.by_id)}

    def name_of(self, body: int) -> str:
        return self.by_id[body].name

    def bodies_on(self, day: dt.date) -> list[int]:
        """The bodies a total for a period ending on `day` must cover."""
        if self.is_region:
            return [c.body for c in self.by_id.values() if c.exists_on(day)]
        bodies = {c.body: c for c in self.by_id.values() if c.body == c.place_id}
        return [b for b, c in bodies.items() if c.before is None or day < c.before]


def lineage_scope(
    session: Session, place: Place, period: Period | None, *, with_merged: bool
) -> Scope:
    """The place, its renamed predecessors and (with_merged) the places merged into it."""
    scope = Scope({place.id: Contributor(place.id, place.name, place.id)})
    pending = predecessors(session, place)
    while pending:
        ready = [link for link in pending if link.lineage.to_place_id in scope.by_id]
        if not ready:
            break
        for link in ready:
            pending.remove(link)
            if not _add_predecessor(scope, link, with_merged):
                pending = [p for p in pending if p.lineage.to_place_id != link.place.id]
    scope.notes.extend(_where_it_went(session, place, period))
    return scope


def _add_predecessor(scope: Scope, link: Link, merged: bool) -> bool:
    earlier, later, on = link.place, scope.by_id[link.lineage.to_place_id], link.effective_on
    if link.kind == "renamed_to":
        mark = f"{earlier.name}, " + (
            f"before {later.before}" if later.before else f"renamed {later.name} on {on}"
        )
        contributor = Contributor(earlier.id, earlier.name, later.body, mark, later.before)
    elif link.kind == "merged_into" and merged:
        before = min(on, later.before or on)
        mark = f"{earlier.name}, before {before}"
        contributor = Contributor(earlier.id, earlier.name, earlier.id, mark, before)
    else:
        if link.kind == "merged_into":
            scope.notes.append(
                f"figures of {earlier.name} (merged into {later.name} on {on}) are not "
                "included; add --with-merged"
            )
        return False
    scope.by_id[earlier.id] = contributor
    return True


def _where_it_went(session: Session, place: Place, period: Period | None) -> list[str]:
    """ "Quang Nam merged into Da Nang on 2025-07-01 (...)" when the place ended by then."""
    link = successor_on(session, place, period.end if period else utcnow().date())
    if link is None:
        return []
    basis = f" ({link.legal_basis})" if link.legal_basis else ""
    if link.kind == "merged_into":
        return [
            f"{place.name} merged into {link.place.name} on {link.effective_on}{basis}; "
            f"ask for {link.place.name} --with-merged"
        ]
    return [
        f"{place.name} was renamed {link.place.name} on {link.effective_on}{basis}; "
        f"ask for {link.place.name}"
    ]


def region_scope(session: Session, region: Place, period: Period | None) -> Scope:
    """The member provinces of a region that existed at some time in `period`."""
    scope = Scope({}, is_region=True)
    for member in list_places(session, region=region):
        found = Contributor(
            member.id, member.name, member.id, member.name, None, member.valid_from,
            member.valid_to,
        )  # fmt: skip
        if period is None or (
            (found.valid_from or dt.date.min) <= period.end
            and period.start <= (found.valid_to or dt.date.max)
        ):
            scope.by_id[member.id] = found
    if not scope.by_id:
        scope.notes.append(f"{region.name} has no member places")
    return scope
