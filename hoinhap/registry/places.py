"""Places: lookups by any name, in any language, through the lineage of administrative change."""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from hoinhap.db.schema import Place, PlaceName
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


def _existed_on(place: Place, on: dt.date) -> bool:
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
    matches = [p for p in places_named(session, name) if not kinds or p.kind in kinds]
    if not matches:
        raise NotFound(_not_found_message(session, name))
    if on is not None:
        matches = [p for p in matches if _existed_on(p, on)] or matches
    matches.sort(key=lambda p: (_KIND_PREFERENCE.get(p.kind, 9), p.valid_to is not None, p.id))
    return matches[0]


def suggest_places(session: Session, name: str, limit: int = 3) -> list[str]:
    """Canonical names of places whose names look like `name`."""
    norm = fold_name(name)
    rows = session.execute(select(PlaceName.norm, Place.name).join(Place)).all()
    by_norm: dict[str, str] = {}
    for row_norm, canonical in rows:
        by_norm.setdefault(row_norm, canonical)
    close = difflib.get_close_matches(norm, list(by_norm), n=limit * 3, cutoff=0.75)
    seen: list[str] = []
    for candidate in close:
        if by_norm[candidate] not in seen:
            seen.append(by_norm[candidate])
    return seen[:limit]


def _not_found_message(session: Session, name: str) -> str:
    if not name.strip():
        return "A place name is empty"
    suggestions = suggest_places(session, name)
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
