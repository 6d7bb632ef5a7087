"""Memberships of organisations and city networks."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from hoinhap.db.schema import Membership


def list_memberships(session: Session, *, place_id: int | None = None) -> Sequence[Membership]:
    """Every membership, or those of one place, oldest first."""
    query = select(Membership).order_by(Membership.id)
    if place_id is not None:
        query = query.where(Membership.place_id == place_id)
    return session.scalars(query).all()
