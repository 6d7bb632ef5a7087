"""What exported rows show instead of ids: canonical names, keys, source columns."""

from __future__ import annotations

import datetime as dt
from functools import cached_property
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hoinhap.db.schema import Agreement, Delegation, Organization, Person, Place, Plan, Source


def cell(value: Any) -> Any:
    """A value as a file holds it: dates in ISO form, whole floats as integers."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


class Names:
    """Id -> name maps for one export, each read in one query on first use."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def _map(self, id_column: Any, name_column: Any) -> dict[int, str]:
        return dict(self.session.execute(select(id_column, name_column)).all())

    @cached_property
    def places(self) -> dict[int, str]:
        return self._map(Place.id, Place.name)

    @cached_property
    def organizations(self) -> dict[int, str]:
        return self._map(Organization.id, Organization.name)

    @cached_property
    def people(self) -> dict[int, str]:
        return self._map(Person.id, Person.name)

    @cached_property
    def agreements(self) -> dict[int, str]:
        return self._map(Agreement.id, Agreement.key)

    @cached_property
    def delegations(self) -> dict[int, str]:
        return self._map(Delegation.id, Delegation.key)

    @cached_property
    def plans(self) -> dict[int, str]:
        return self._map(Plan.id, Plan.key)

    @cached_property
    def sources(self) -> dict[int, dict[str, Any]]:
        rows = self.session.execute(
            select(
                Source.id,
                Source.url,
                Source.title,
                Source.publisher,
                Source.published_on,
                Source.language,
            )
        )
        return {
            row.id: {
                "source_url": row.url,
                "source_title": row.title,
                "source_publisher": row.publisher,
                "source_published_on": cell(row.published_on),
                "source_language": row.language,
            }
            for row in rows
        }

    def place(self, place_id: int | None) -> str | None:
        return None if place_id is None else self.places[place_id]
