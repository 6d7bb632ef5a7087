"""Registry rows made from a name a document gave: an organisation, a person, or a place
(a foreign locality in its country, or a Vietnamese district).

Intake proposes names the registry does not know; when a person accepts one, these
functions create its row, pointing to the source that named it. The session's history
hook records each creation, as for every registry row.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hoinhap.db.schema import Organization, Person, Place
from hoinhap.errors import Conflict, NotFound, UserError
from hoinhap.registry.importing.kinds.places import ORG_KINDS
from hoinhap.registry.organizations import organization_key
from hoinhap.registry.people import person_key
from hoinhap.registry.placedata import place_key
from hoinhap.registry.places import add_place_name, find_place, get_country

LOCALITY_PARENT_KINDS = ("province", "city")


def find_country(session: Session, ref: str) -> Place:
    """A country by its ISO code ("JP") or any of its names ("Japan", "Nhật Bản")."""
    if len(ref.strip()) == 2 and ref.strip().isalpha():
        try:
            return get_country(session, ref.strip())
        except NotFound:
            pass
    return find_place(session, ref, kinds=("country",))


def _free_key(session: Session, model: Any, base: str) -> str:
    """`base`, or `base-2`, `base-3` ... when a row of `model` already has it."""
    taken = set(session.scalars(select(model.key).where(model.key.startswith(base))))
    key, number = base, 1
    while key in taken:
        number += 1
        key = f"{base}-{number}"
    return key


def create_organization(
    session: Session,
    name: str,
    *,
    source_id: int,
    kind: str = "other",
    country_code: str | None = None,
) -> Organization:
    """A new organisation known by its name; Conflict when one already has that name."""
    if kind not in ORG_KINDS:
        raise UserError(f"Organization kind {kind!r} is not one of {', '.join(ORG_KINDS)}")
    key = organization_key(name)
    if session.scalar(select(Organization.id).where(Organization.key == key)) is not None:
        raise Conflict(f"An organization {name!r} is already in the registry")
    organization = Organization(
        key=key, name=name, kind=kind, country_code=country_code, source_id=source_id
    )
    session.add(organization)
    session.flush()
    return organization


def create_person(session: Session, name: str, *, source_id: int) -> Person:
    """A new person named as the press writes it; Conflict when one already has that name."""
    key = person_key(name)
    if session.scalar(select(Person.id).where(Person.key == key)) is not None:
        raise Conflict(f"A person {name!r} is already in the registry")
    person = Person(key=key, name=name, source_id=source_id)
    session.add(person)
    session.flush()
    return person


def create_named_place(
    session: Session,
    name: str,
    *,
    kind: str,
    country: Place,
    source_id: int,
    parent: Place | None = None,
    aliases: Iterable[tuple[str, str]] = (),
) -> Place:
    """A new foreign locality (its parent the country) or Vietnamese district (its parent
    the province, if known), with its English name and the names the sources used
    (("lang", "name") pairs), so the same names find it again in any language."""
    if kind not in ("foreign_locality", "district"):
        raise UserError(f"Only a foreign locality or a district can be added here, not {kind}")
    code = country.country_code or ""
    place = Place(
        key=_free_key(session, Place, place_key(code, name)),
        kind=kind,
        name=name,
        country_code=code or None,
        parent_id=(parent or country).id,
        source_id=source_id,
    )
    add_place_name(place, name, "en", "canonical")
    for lang, alias in aliases:
        add_place_name(place, alias, lang)
    session.add(place)
    session.flush()
    return place
