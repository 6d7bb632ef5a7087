"""Places, organisations, people and positions."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from hoinhap.db.schema import Organization, Person, Place, Position
from hoinhap.registry.importing.cells import Cells
from hoinhap.registry.importing.lookups import Lookups
from hoinhap.registry.importing.spec import KindSpec, Read, Record
from hoinhap.registry.importing.write import save_sources
from hoinhap.registry.keys import slug_key
from hoinhap.registry.names import fold_name
from hoinhap.registry.organizations import organization_key
from hoinhap.registry.people import person_key
from hoinhap.registry.places import add_place_name

PLACE_KINDS = ("foreign_locality", "country", "province", "city", "district", "region")
VIETNAMESE = ("province", "city", "district")
ORG_KINDS = (
    "international_org",
    "city_network",
    "ministry",
    "local_body",
    "company",
    "ngo",
    "association",
    "other",
)


def _kind_group(kind: str) -> str:
    return "locality" if kind in ("province", "city") else kind


def read_aliases(cells: Cells) -> tuple[tuple[str, str], ...]:
    """("lang", "name") pairs from "ja:横浜;Yokohama-shi"; a name without a language is "und"."""
    pairs: set[tuple[str, str]] = set()
    for item in cells.items("aliases"):
        lang, sep, name = item.partition(":")
        if sep and 2 <= len(lang.strip()) <= 8 and lang.strip().replace("-", "").isalpha():
            pairs.add((lang.strip().lower(), name.strip()))
        else:
            pairs.add(("und", item))
    return tuple(sorted(p for p in pairs if p[1]))


def _place_country(cells: Cells, kind: str | None, name: str | None) -> str | None:
    country = cells.country("country")
    if country is None and not cells.problems:
        if kind == "foreign_locality":
            cells.fail("country", "is empty; a foreign locality needs its country")
        elif kind in VIETNAMESE:
            return "VN"
        elif kind == "country" and name:
            return cells.resolve("name", lambda: cells.lookups.country_code(name))
    return country


def read_place(cells: Cells) -> Read | None:
    name = cells.text("name", required=True)
    kind = cells.choice("kind", PLACE_KINDS)
    country = _place_country(cells, kind, name)
    valid_from, valid_to = cells.date("valid_from"), cells.date("valid_to")
    cells.check_order("valid_to", valid_from, valid_to)
    if name is None or kind is None:
        return None
    values = {
        "name": name,
        "kind": kind,
        "country_code": country,
        "name_vi": cells.text("name_vi"),
        "valid_from": valid_from,
        "valid_to": valid_to,
    }
    identity = (_kind_group(kind), country, fold_name(name))
    return Read(values, identity, {"aliases": read_aliases(cells)})


def _new_place_key(values: dict[str, Any], taken: set[str]) -> str:
    code = values["country_code"]
    base = (
        slug_key("country", code) if values["kind"] == "country" else slug_key(code, values["name"])
    )
    key, number = base, 1
    while key in taken:
        number += 1
        key = f"{base}-{number}"
    taken.add(key)
    return key


def _add_names(place: Place, values: dict[str, Any], aliases: tuple[tuple[str, str], ...]) -> bool:
    before = len(place.names)
    add_place_name(place, values["name"], "en", "canonical")
    if values["name_vi"]:
        add_place_name(place, values["name_vi"], "vi", "vi")
    for lang, name in aliases:
        add_place_name(place, name, lang)
    return len(place.names) != before


def _fill_place(place: Place, values: dict[str, Any]) -> bool:
    """Set the non-empty values that differ; an empty cell never erases a stored value."""
    changed = {c: v for c, v in values.items() if v is not None and getattr(place, c) != v}
    for column, value in changed.items():
        setattr(place, column, value)
    return bool(changed)


def write_places(session: Session, lookups: Lookups, records: list[Record]) -> tuple[int, int, int]:
    """Places through the ORM (few rows, each with its names); history by the session hook.

    A stored place is matched by kind, country and name. As places are shared reference
    data, an empty cell leaves the stored value alone and the place keeps its first source.
    """
    source_ids = save_sources(session, (r.source for r in records))
    stored = session.scalars(select(Place).options(selectinload(Place.names))).all()
    by_identity = {(_kind_group(p.kind), p.country_code, fold_name(p.name)): p for p in stored}
    taken = {p.key for p in stored}
    created = updated = 0
    for record in records:
        place = by_identity.get(record.identity)
        if place is None:
            values = {**record.values, "source_id": source_ids[record.source.key]}
            place = Place(key=_new_place_key(values, taken), **values)
            by_identity[record.identity] = place
            session.add(place)
            created += 1
        changed = _fill_place(place, record.values)
        renamed = _add_names(place, record.values, record.children["aliases"])
        updated += int(place.id is not None and (changed or renamed))
    session.flush()
    return created, updated, len(records) - created - updated


def read_organization(cells: Cells) -> Read | None:
    name = cells.text("name", required=True)
    kind = cells.choice("kind", ORG_KINDS)
    values = {
        "name": name,
        "kind": kind,
        "acronym": cells.text("acronym"),
        "name_vi": cells.text("name_vi"),
        "country_code": cells.country("country"),
        "place_id": cells.place("place", required=False),
        "website": cells.text("website"),
    }
    if name is None:
        return None
    values["key"] = organization_key(name)
    return Read(values, (values["key"],))


def read_person(cells: Cells) -> Read | None:
    name = cells.text("name", required=True)
    if name is None:
        return None
    key = person_key(name)
    return Read({"key": key, "name": name, "name_vi": cells.text("name_vi")}, (key,))


def read_position(cells: Cells) -> Read | None:
    person_name = cells.text("person", required=True)
    person = cells.resolve("person", lambda: cells.lookups.people.find(person_name or ""))
    start_on, end_on = cells.date("start_on"), cells.date("end_on")
    cells.check_order("end_on", start_on, end_on)
    values = {
        "person_id": person,
        "title": cells.text("title", required=True),
        "organization_id": cells.organization("organization", required=False),
        "place_id": cells.place("place", required=False, on=start_on),
        "start_on": start_on,
        "end_on": end_on,
    }
    return Read(values, (person, values["title"], start_on))


SPECS = (
    KindSpec(
        "places",
        Place.__table__,  # type: ignore[arg-type]
        ("name", "kind", "country", "name_vi", "aliases", "valid_from", "valid_to"),
        ("name", "kind"),
        read_place,
        writer=write_places,
    ),
    KindSpec(
        "organizations",
        Organization.__table__,  # type: ignore[arg-type]
        ("name", "kind", "acronym", "name_vi", "country", "place", "website"),
        ("name", "kind"),
        read_organization,
    ),
    KindSpec(
        "people",
        Person.__table__,  # type: ignore[arg-type]
        ("name", "name_vi"),
        ("name",),
        read_person,
        singular="person",
    ),
    KindSpec(
        "positions",
        Position.__table__,  # type: ignore[arg-type]
        ("person", "title", "organization", "place", "start_on", "end_on"),
        ("person", "title"),
        read_position,
        match_on=("person_id", "title", "start_on"),
    ),
)
