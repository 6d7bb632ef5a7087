"""International events hosted by a locality."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from hoinhap.db.schema import Event
from hoinhap.errors import NotFound
from hoinhap.registry.keys import slug_key


def event_key(place_key: str, name: str, start_on: dt.date) -> str:
    """An event is the same when held by the same place under the same name from the same day."""
    return slug_key(place_key, name, start_on)


def get_event(session: Session, key: str) -> Event:
    found = session.scalar(select(Event).where(Event.key == key))
    if found is None:
        raise NotFound(f"No event {key!r}")
    return found


def list_events(session: Session) -> Sequence[Event]:
    return session.scalars(select(Event).order_by(Event.id)).all()
