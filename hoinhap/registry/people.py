"""People and the positions they held."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from hoinhap.db.schema import Person, Position
from hoinhap.errors import NotFound
from hoinhap.registry.keys import slug_key


def person_key(name: str) -> str:
    """A person is known by their name as the English-language press writes it."""
    return slug_key(name)


def get_person(session: Session, key: str) -> Person:
    found = session.scalar(select(Person).where(Person.key == key))
    if found is None:
        raise NotFound(f"No person {key!r}")
    return found


def list_people(session: Session) -> Sequence[Person]:
    return session.scalars(select(Person).order_by(Person.id)).all()


def list_positions(session: Session, person_id: int | None = None) -> Sequence[Position]:
    query = select(Position).order_by(Position.id)
    if person_id is not None:
        query = query.where(Position.person_id == person_id)
    return session.scalars(query).all()
