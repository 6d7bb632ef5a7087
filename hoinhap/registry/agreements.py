"""Agreements (MOUs, agreements, letters of intent) and the activities under them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from hoinhap.db.schema import Activity, Agreement
from hoinhap.errors import NotFound
from hoinhap.registry.keys import slug_key


def agreement_key(place_key: str, title: str, signed_on: dt.date | None) -> str:
    """The same place, title and signing day make the same agreement."""
    return slug_key(place_key, title, signed_on)


def get_agreement(session: Session, key: str) -> Agreement:
    found = session.scalar(select(Agreement).where(Agreement.key == key))
    if found is None:
        raise NotFound(f"No agreement {key!r}")
    return found


def list_agreements(session: Session) -> Sequence[Agreement]:
    return session.scalars(select(Agreement).order_by(Agreement.id)).all()


def list_activities(session: Session, agreement_id: int | None = None) -> Sequence[Activity]:
    query = select(Activity).order_by(Activity.id)
    if agreement_id is not None:
        query = query.where(Activity.agreement_id == agreement_id)
    return session.scalars(query).all()
