"""Delegations received (inbound) and sent (outbound)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from hoinhap.db.schema import Delegation
from hoinhap.errors import NotFound
from hoinhap.registry.keys import slug_key


def delegation_key(
    place_key: str, direction: str, start_on: dt.date, counterpart: str | None, leader: str | None
) -> str:
    """The same place, direction, start, counterpart and leader make the same delegation."""
    return slug_key(place_key, direction, start_on, counterpart, leader)


def get_delegation(session: Session, key: str) -> Delegation:
    found = session.scalar(select(Delegation).where(Delegation.key == key))
    if found is None:
        raise NotFound(f"No delegation {key!r}")
    return found


def list_delegations(session: Session) -> Sequence[Delegation]:
    return session.scalars(select(Delegation).order_by(Delegation.id)).all()
