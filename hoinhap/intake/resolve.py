"""Resolve what a document names to registry rows: a figure's subject to a Place (through
the lineage, for the period the figure covers), an entity to a Place, Organization or
Person. An entity the registry does not know is "proposed": reported, never created."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from hoinhap.db.schema import Organization, Person, Place
from hoinhap.registry.lineage import predecessors, successor_on
from hoinhap.registry.names import fold_name
from hoinhap.registry.organizations import organization_key
from hoinhap.registry.people import person_key
from hoinhap.registry.periods import parse_period
from hoinhap.registry.places import find_place, places_named

SUBJECT_KINDS = ("province", "city", "district", "country")
PLACE_KINDS = {
    "locality": ("province", "city", "district"),
    "foreign_locality": ("foreign_locality", "province", "city"),
    "country": ("country",),
}


def figure_span(period: str | None, published: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """The days a figure covers: its period, else the day the document was published."""
    if period:
        span = parse_period(period)
        return span.start, span.end
    return (published, published) if published else None


def resolve_subject(
    session: Session, name: str, *, period: str | None = None, published: dt.date | None = None
) -> Place:
    """The place a figure is about. A name the text uses for a place that had already been
    merged or renamed when the figure's period began resolves to its successor then; a
    name of a place created later by a renaming resolves to the place it was renamed from.
    Raises NotFound for an unknown name."""
    span = figure_span(period, published)
    place = find_place(session, name, on=span[1] if span else None, kinds=SUBJECT_KINDS)
    if span is None:
        return place
    start, end = span
    if place.valid_to is not None and place.valid_to < start:
        link = successor_on(session, place, start)
        return link.place if link else place
    if place.valid_from is not None and place.valid_from > end:
        renamed = [link for link in predecessors(session, place) if link.kind == "renamed_to"]
        if len(renamed) == 1:
            return renamed[0].place
    return place


def _place_id(session: Session, name: str, kinds: Sequence[str]) -> int | None:
    matches = [place for place in places_named(session, name) if place.kind in kinds]
    return matches[0].id if matches else None


def _organization_id(session: Session, name: str) -> int | None:
    query = select(Organization.id).where(
        or_(
            Organization.key == organization_key(name),
            func.lower(Organization.acronym) == name.casefold(),
            func.lower(Organization.name) == name.casefold(),
        )
    )
    return session.scalars(query.order_by(Organization.id)).first()


def _person_id(session: Session, name: str) -> int | None:
    query = select(Person.id).where(
        or_(Person.key == person_key(name), func.lower(Person.name) == name.casefold())
    )
    return session.scalars(query.order_by(Person.id)).first()


def resolve_entity(session: Session, kind: str, name: str) -> int | None:
    """The id of the registry row an entity names (a place, organisation or person), or
    None when the registry does not know it."""
    if not fold_name(name):
        return None
    if kind in PLACE_KINDS:
        return _place_id(session, name, PLACE_KINDS[kind])
    if kind == "organization":
        return _organization_id(session, name)
    if kind == "person":
        return _person_id(session, name)
    return None
