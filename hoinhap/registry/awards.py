"""Awards given to or by a locality's international work."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from hoinhap.db.schema import Award


def list_awards(session: Session, *, place_id: int | None = None) -> Sequence[Award]:
    """Every award, or those of one place, oldest first."""
    query = select(Award).order_by(Award.id)
    if place_id is not None:
        query = query.where(Award.place_id == place_id)
    return session.scalars(query).all()
