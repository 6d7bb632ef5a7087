"""Organisations: international bodies, city networks, ministries, companies, NGOs."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from hoinhap.db.schema import Organization
from hoinhap.errors import NotFound
from hoinhap.registry.keys import slug_key


def organization_key(name: str) -> str:
    """An organisation is known by its name."""
    return slug_key(name)


def get_organization(session: Session, key: str) -> Organization:
    found = session.scalar(select(Organization).where(Organization.key == key))
    if found is None:
        raise NotFound(f"No organization {key!r}")
    return found


def list_organizations(session: Session) -> Sequence[Organization]:
    return session.scalars(select(Organization).order_by(Organization.id)).all()
