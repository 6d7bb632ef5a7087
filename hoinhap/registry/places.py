"""Places: lookups by any name, in any language, through the lineage of administrative change."""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Sequence

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from hoinhap.db.schema import PLACE_KINDS, Membership, Partnership, Place, PlaceName, RegionMember
from hoinhap.errors import NotFound, UserError
from hoinhap.registry.names import fold_name


def add_place_name(place: Place, name: str, lang: str, kind: str = "alias") -> None:
    """Give `place` another name (ignored when it already has it in that language)."""
    if any(n.name == name and n.lang == lang for n in place.names):
        return
    place.names.append(PlaceName(name=name, lang=lang, norm=fold_name(name), kind=kind))


def places_named(session: Session, name: str) -> Sequence[Place]:
    """Every place one of whose names folds to the same form as `name`."""
    norm = fold_name(name)
    if not norm:
        return []
    query = (
        select(Place)
        .join(PlaceName, PlaceName.place_id == Place.id)
        .where(PlaceName.norm == norm)
        .distinct()
        .order_by(Place.id)
    )
    return session.scalars(query).all()


def existed_on(place: Place, on: dt.date) -> bool:
    """Whether `place` existed on the day `on`."""
    return (place.valid_from is None or place.valid_from <= on) and (
        place.valid_to is None or on <= place.valid_to
    )


_KIND_PREFERENCE = {"city": 0, "province": 0, "country": 1, "region": 2, "foreign_locality": 3}


def find_place(
    session: Session, name: str, *, on: dt.date | None = None, kinds: Sequence[str] = ()
) -> Place:
    """The place called `name` (any language, no case or diacritics needed).

    Where several places share the name, a Vietnamese province or city wins over a
    country, a country over a foreign locality; `on` prefers the one that existed then.
    Raises NotFound with suggestions when nothing matches.
    """
    named = places_named(session, name)
    matches = [p for p in named if not kinds or p.kind in kinds]
    if named and not matches:
        wanted = " or ".join(kind.replace("_", " ") for kind in kinds)
        raise NotFound(f"{named[0].name!r} is not a {wanted}")
    if not matches:
        raise NotFound(_not_found_message(session, name, kinds))
    if on is not None:
        matches = [p for p in matches if existed_on(p, on)] or matches
    matches.sort(key=lambda p: (_KIND_PREFERENCE.get(p.kind, 9), p.valid_to is not None, p.id))
    return matches[0]


def suggest_places(
    session: Session, name: str, limit: int = 3, *, kinds: Sequence[str] = ()
) -> list[str]:
    """Canonical names of places (of `kinds`, if given) whose names look like `name`."""
    norm = fold_name(name)
    query = select(PlaceName.norm, Place.name).join(Place)
    if kinds:
        query = query.where(Place.kind.in_(kinds))
    rows = session.execute(query).all()
    by_norm: dict[str, str] = {}
    for row_norm, canonical in rows:
        by_norm.setdefault(row_norm, canonical)
    close = difflib.get_close_matches(norm, list(by_norm), n=limit * 3, cutoff=0.75)
    seen: list[str] = []
    for candidate in close:
        if by_norm[candidate] not in seen:
            seen.append(by_norm[candidate])
    return seen[:limit]


def _not_found_message(session: Session, name: str, kinds: Sequence[str] = ()) -> str:
    if not name.strip():
        return "A place name is empty"
    suggestions = suggest_places(session, name, kinds=kinds)
    hint = f"; did you mean {' or '.join(repr(s) for s in suggestions)}?" if suggestions else ""
    return f"Unknown place {name!r}{hint}"


def get_place_by_key(session: Session, key: str) -> Place:
    place = session.scalar(select(Place).where(Place.key == key))
    if place is None:
        raise NotFound(f"No place with key {key!r}")
    return place


def require_vietnamese_locality(place: Place) -> Place:
    """`place` itself if it is a Vietnamese province or city, else a UserError."""
    if place.kind not in ("province", "city", "district") or place.country_code != "VN":
        raise UserError(f"{place.name!r} is not a Vietnamese province or city")
    return place


def valid_on(on: dt.date) -> ColumnElement[bool]:
    """SQL: the place existed on the day `on`."""
    return and_(
        or_(Place.valid_from.is_(None), Place.valid_from <= on),
        or_(Place.valid_to.is_(None), Place.valid_to >= on),
    )


def list_places(
    session: Session,
    *,
    kind: str | None = None,
    on: dt.date | None = None,
    region: Place | None = None,
    country_code: str | None = None,
) -> Sequence[Place]:
    """Places by kind and name, optionally of one kind, existing on a day, in a region."""
    if kind is not None and kind not in PLACE_KINDS:
        raise UserError(f"Kind {kind!r} is not one of {', '.join(PLACE_KINDS)}")
    query = select(Place).order_by(Place.kind, Place.name)
    if kind is not None:
        query = query.where(Place.kind == kind)
    if on is not None:
        query = query.where(valid_on(on))
    if country_code is not None:
        query = query.where(Place.country_code == country_code.upper())
    if region is not None:
        require_region(region)
        member = select(RegionMember.place_id).where(RegionMember.region_id == region.id)
        query = query.where(Place.id.in_(member))
    return session.scalars(query).all()


def require_region(place: Place) -> Place:
    """`place` itself if it is a region, else a UserError."""
    if place.kind != "region":
        raise UserError(f"{place.name!r} is not a region")
    return place


def region_members(session: Session, region: Place, on: dt.date) -> list[Place]:
    """The provinces and cities that made up `region` on the day `on`, by name."""
    return sorted(list_places(session, region=region, on=on), key=lambda place: place.name)


def regions_of(session: Session, place: Place) -> Sequence[Place]:
    """The regions `place` belongs (or belonged) to."""
    query = (
        select(Place)
        .join(RegionMember, RegionMember.region_id == Place.id)
        .where(RegionMember.place_id == place.id)
        .order_by(Place.name)
    )
    return session.scalars(query).all()


def get_country(session: Session, code: str) -> Place:
    """The country with ISO 3166-1 alpha-2 `code`."""
    query = select(Place).where(Place.kind == "country", Place.country_code == code.upper())
    country = session.scalar(query)
    if country is None:
        raise NotFound(f"No country with code {code!r}")
    return country


def count_links(session: Session, place: Place) -> dict[str, int]:
    """How many partnerships (on either side) and memberships `place` has."""
    partnerships = (
        select(func.count())
        .select_from(Partnership)
        .where(or_(Partnership.place_id == place.id, Partnership.partner_place_id == place.id))
    )
    memberships = (
        select(func.count()).select_from(Membership).where(Membership.place_id == place.id)
    )
    return {
        "partnerships": session.scalar(partnerships) or 0,
        "memberships": session.scalar(memberships) or 0,
    }
