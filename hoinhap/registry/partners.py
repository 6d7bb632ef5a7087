"""Partnerships: a Vietnamese locality's relations with foreign localities."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from hoinhap.db.schema import Partnership


def list_partnerships(session: Session, *, place_id: int | None = None) -> Sequence[Partnership]:
    """Every partnership, or those of one place, oldest first."""
    query = select(Partnership).order_by(Partnership.id)
    if place_id is not None:
        query = query.where(Partnership.place_id == place_id)
    return session.scalars(query).all()
